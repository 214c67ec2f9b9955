# The templates are data, one passage per line: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Write ``tests/data/hard_negatives.jsonl``: invented passages with things that are not quotations.

Every passage is invented for this suite (no text comes from a real article).
Each one holds a *non-quote* (a headline, a caption, a nickname, a refusal, ...)
next to a *positive control*: a real quotation or claim that must still be
found. The records are in the gold format of the development data with a
``non_quotes`` list (see the bench README): ``why`` is one of the README's
reasons, and ``category`` (an extra key) names the finer case
(``boilerplate``, ``section_label``, ``qa_label``, ``anonymity``,
``hypothetical``, ``coined_term`` map onto ``teaser``, ``subheading``,
``subheading``, ``refusal``, ``negated`` and ``words_as_words``).

Templates mark spans inline, and offsets are computed while the text is
assembled, so they are exact by construction (and checked again at the end):

- ``[[N|...]]`` the non-quote;
- ``[[Q|...]]`` the positive control's content (quote marks included, as in PolNeAR);
- ``[[C|...]]`` its cue; ``[[S|...]]`` its source.

Run from the repository root: ``python3 tests/data/make_hard_negatives.py``.
"""

from __future__ import annotations

import re

from _generate import check, write

MARKUP = re.compile(r"\[\[([NQCS])\|(.*?)\]\]", re.DOTALL)
"""An inline span: kind letter, bar, text."""

FILLERS: list[dict[str, str]] = [
    {
        "a": "Marisol Venn",
        "b": "Priya Nair",
        "town": "Kettleby",
        "thing": "the ferry terminal",
        "Thing": "The ferry terminal",
    },
    {"a": "Kwame Mensah", "b": "Hana Sato", "town": "Dunmore", "thing": "the bus depot", "Thing": "The bus depot"},
    {
        "a": "Ines Dalton",
        "b": "Oskar Lind",
        "town": "Millbrook",
        "thing": "the river bridge",
        "Thing": "The river bridge",
    },
    {
        "a": "Beatrice Moyo",
        "b": "Eirik Halvorsen",
        "town": "Port Arran",
        "thing": "the night market",
        "Thing": "The night market",
    },
    {
        "a": "Tobias Quist",
        "b": "Folake Adeyemi",
        "town": "Harrowgate",
        "thing": "the old library",
        "Thing": "The old library",
    },
    {
        "a": "Ruth Brannock",
        "b": "Gideon Fairweather",
        "town": "Tolland",
        "thing": "the water plant",
        "Thing": "The water plant",
    },
]
"""Names, towns and things the templates are filled with (all invented)."""

# (why, category, template). Each template uses {a}, {b}, {town}, {thing}, {Thing}.
TEMPLATES: list[tuple[str, str, str]] = [
    # Headlines and sub-heads.
    (
        "headline",
        "headline",
        "[[N|{town} traders vow to fight plan for {thing}]]\n[[S|{a}]], who chairs the traders' group, [[C|said]] [[Q|the council had not consulted anyone]].",
    ),
    (
        "headline",
        "headline",
        "[[N|Residents say {thing} is falling apart]]\n“[[Q|We have written to the council four times]],” [[C|said]] [[S|{a}]], a retired nurse.",
    ),
    (
        "headline",
        "headline",
        "[[N|Council admits {thing} will open late]]\n[[Q|The delay will cost about two million]], [[S|{a}]] [[C|told]] the planning committee on Tuesday.",
    ),
    (
        "headline",
        "headline",
        "[[N|{a} warns of cuts to {thing}]]\n“[[Q|Nothing is off the table this year]],” [[S|{a}]] [[C|said]] at the budget meeting in {town}.",
    ),
    (
        "subheading",
        "subheading",
        "[[S|{a}]] [[C|said]] [[Q|the repairs would take most of the summer]].\n[[N|Costs expected to rise]]\nThe work on {thing} began in March.",
    ),
    (
        "subheading",
        "section_label",
        "CURRENCIES: [[N|The pound rose against the euro.]]\n “[[Q|Traders were cautious all week]],” [[C|said]] [[S|{a}]], an analyst in {town}.",
    ),
    (
        "subheading",
        "section_label",
        "WEATHER WATCH: [[N|Heavy rain is forecast for {town}.]]\n[[S|{b}]] [[C|said]] [[Q|crews were clearing drains near {thing}]].",
    ),
    (
        "subheading",
        "qa_label",
        "Q: [[N|What happens to {thing} now?]]\nA: It stays shut until the survey is done.\nAfterwards [[S|{a}]] [[C|said]] [[Q|the survey would be published in full]].",
    ),
    # Bylines and datelines.
    (
        "byline",
        "byline",
        "[[N|By {b}, staff reporter]]\n{town} — “[[Q|This is the busiest spring we have had]],” [[C|said]] [[S|{a}]], who runs {thing}.",
    ),
    (
        "byline",
        "byline",
        "[[N|Reporting by {b}; editing by {a}]]\n[[S|The board]] [[C|said]] in a statement that [[Q|fares would stay the same]].",
    ),
    # Captions.
    (
        "caption",
        "caption",
        "Photo: [[N|Volunteers say they cleared two tonnes of litter near {thing}.]]\n[[S|{a}]] [[C|said]] [[Q|more than 200 people had signed up]].",
    ),
    (
        "caption",
        "caption",
        "[[N|{a} speaks to residents outside {thing}. (Photo: {b})]]\n“[[Q|We will keep it open as long as we can]],” [[S|{a}]] [[C|said]].",
    ),
    (
        "caption",
        "caption",
        "Pictured: [[N|the flooded car park at {thing}]]\n[[Q|The flood did not reach the main hall]], [[S|{a}]] [[C|said]].",
    ),
    # Teasers, links and boilerplate.
    (
        "teaser",
        "teaser",
        "READ MORE: [[N|Why {thing} keeps closing early]]\n[[S|{a}]] [[C|said]] [[Q|the staff shortage would ease by autumn]].",
    ),
    (
        "teaser",
        "teaser",
        "“[[Q|We need a decision this month]],” [[C|said]] [[S|{a}]].\nWATCH: [[N|Inside the fight over {thing}]]",
    ),
    (
        "teaser",
        "teaser",
        "[[N|Sign up for our morning newsletter]]\n[[S|{b}]] [[C|said]] [[Q|the market would move to Fridays]].",
    ),
    (
        "teaser",
        "boilerplate",
        "[[S|{a}]] [[C|said]] [[Q|the budget for {thing} was fixed]].\n[[N|Story continues below advertisement]]\nThe council meets again next week.",
    ),
    (
        "teaser",
        "boilerplate",
        "[[N|This article is more than two years old.]]\n“[[Q|We are proud of what the town built]],” [[C|said]] [[S|{a}]].",
    ),
    # Scare quotes.
    (
        "scare_quotes",
        "scare_quotes",
        "The so-called [[N|“improvements”]] to {thing} have added ten minutes to every trip. [[S|{a}]] [[C|said]] [[Q|the timetable would be reviewed]].",
    ),
    (
        "scare_quotes",
        "scare_quotes",
        "The council called it a [[N|“temporary”]] closure. It has lasted three years. “[[Q|Nobody believes that word any more]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "scare_quotes",
        "scare_quotes",
        "Critics mocked the [[N|“world-class”]] design of {thing}. [[S|{a}]] [[C|said]] [[Q|the building had won two awards]].",
    ),
    # Titles of works.
    (
        "title",
        "title",
        "Her first novel, [[N|“Salt and Iron”]], is set in {town}. “[[Q|I wanted to write about the harbour I grew up with]],” [[S|{a}]] [[C|said]].",
    ),
    (
        "title",
        "title",
        "The documentary [[N|“Last Train to {town}”]] opens on Friday. [[S|{b}]], who directed it, [[C|said]] [[Q|the film took six years to finish]].",
    ),
    (
        "title",
        "title",
        "A play my aunt began, [[N|“The Quiet Orchard”]], was never staged. [[S|{a}]] [[C|said]] [[Q|the script would go to the town museum]].",
    ),
    # Nicknames, with and without gaps.
    (
        "nickname",
        "nickname",
        "{Thing}, known locally as [[N|“the Grey Lady”]], turns a hundred this year. “[[Q|It is part of who we are]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "nickname",
        "nickname",
        "Fans started calling the late bus [[N|“the ghost”]] because it rarely came. [[S|{a}]] [[C|said]] [[Q|the route would get two more buses]].",
    ),
    (
        "nickname",
        "nickname",
        "{b}, dubbed [[N|“the Iron Mayor”]] by the local paper, left office in May. [[S|{a}]] [[C|said]] [[Q|the town owed her a great deal]].",
    ),
    # Words as words and coined terms.
    (
        "words_as_words",
        "coined_term",
        "Planners coined the term [[N|“desk drift”]] for staff who never return to the office. [[S|{a}]] [[C|said]] [[Q|the survey covered 400 workers]].",
    ),
    (
        "words_as_words",
        "words_as_words",
        "The word [[N|“temporary”]] appears nine times in the contract for {thing}. “[[Q|That tells you everything]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "words_as_words",
        "words_as_words",
        "In {town} the dialect word [[N|“scran”]] still means food. [[S|{a}]] [[C|said]] [[Q|younger people rarely use it]].",
    ),
    # Slogans and signs.
    (
        "slogan",
        "slogan",
        "Protesters carried placards reading [[N|“Hands off our park”]] outside {thing}. [[S|{a}]] [[C|said]] [[Q|the group would return every Saturday]].",
    ),
    (
        "slogan",
        "slogan",
        "A banner saying [[N|“Save {thing}”]] hung from the town hall. “[[Q|We are not going away]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "slogan",
        "slogan",
        "The campaign's motto, [[N|“Build it once, build it right”]], is painted on every van. [[S|{a}]] [[C|said]] [[Q|the vans run on electricity]].",
    ),
    # Refusals and anonymity requests.
    (
        "refusal",
        "refusal",
        "[[S|{a}]] [[C|said]] [[Q|the contract for {thing} was signed in March]]. The contractor declined [[N|to comment]].",
    ),
    (
        "refusal",
        "refusal",
        "A spokesman for the council refused [[N|to say when {thing} would reopen]]. “[[Q|We are still waiting for the engineers]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "refusal",
        "refusal",
        "[[S|{b}]] [[C|said]] [[Q|the inquiry would report in June]]. The owner of {thing} [[N|did not respond to requests for comment]].",
    ),
    (
        "refusal",
        "anonymity",
        "An official who [[N|asked not to be named]] described the meeting as tense. [[S|{a}]] [[C|said]] [[Q|no decision had been taken]].",
    ),
    (
        "refusal",
        "anonymity",
        "A worker at {thing}, who [[N|spoke on condition of anonymity]], described long shifts. “[[Q|We are doing our best]],” [[C|said]] [[S|{a}]], the manager.",
    ),
    # Negated and hypothetical speech.
    (
        "negated",
        "negated",
        "{a} did not say [[N|whether {thing} would close]]. [[S|She]] [[C|said]] [[Q|the board would meet in June]].",
    ),
    (
        "negated",
        "negated",
        "The mayor never mentioned [[N|the cost of {thing}]] in her speech. [[S|{b}]] [[C|said]] [[Q|the figure was close to a million]].",
    ),
    (
        "negated",
        "negated",
        "Nobody at the meeting claimed [[N|that {thing} was safe]]. “[[Q|We are closing it tonight]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "negated",
        "hypothetical",
        "If asked, {b} would say [[N|that {thing} is in good shape]]. [[S|{a}]] [[C|said]] [[Q|the roof needs replacing]].",
    ),
    (
        "negated",
        "hypothetical",
        "A lawyer could argue [[N|that the lease on {thing} has expired]]. [[S|{a}]] [[C|said]] [[Q|the lease runs until 2030]].",
    ),
    (
        "negated",
        "hypothetical",
        "Residents might claim [[N|that the noise breaks the rules]]. “[[Q|We measure it every night]],” [[C|said]] [[S|{a}]].",
    ),
    # Non-reporting senses of cue words.
    (
        "non_reporting",
        "non_reporting",
        "The photo shows [[N|a dog asleep outside {thing}]]. [[S|{a}]] [[C|said]] [[Q|the dog belonged to the caretaker]].",
    ),
    (
        "non_reporting",
        "non_reporting",
        "The guard allowed [[N|the trunk to be opened]] at the gate of {thing}. [[S|{a}]] [[C|said]] [[Q|nothing was found]].",
    ),
    (
        "non_reporting",
        "non_reporting",
        "The couple shared [[N|a slice of cake]] at {thing}. “[[Q|We met here forty years ago]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "non_reporting",
        "non_reporting",
        "The mayor used [[N|the address to open the festival]] in {town}. [[S|{a}]] [[C|said]] [[Q|the festival had sold out]].",
    ),
    (
        "non_reporting",
        "non_reporting",
        "The map reads [[N|from left to right]], like a book. [[S|{a}]] [[C|said]] [[Q|visitors often get lost near {thing}]].",
    ),
    # More patterns: other positive-control shapes (according to, statements, colon and split quotations).
    (
        "headline",
        "headline",
        "[[N|Mayor says {thing} will stay open]]\n[[C|According to]] [[S|{a}]], [[Q|the council found money for another two years]].",
    ),
    (
        "headline",
        "headline",
        "[[N|‘We were never told’: families demand answers over {thing}]]\n[[S|{a}]] [[C|said]] [[Q|the families would meet the minister on Monday]].",
    ),
    (
        "headline",
        "headline",
        "[[N|Police urge drivers to avoid {thing}]]\n[[Q|The road will be shut until noon]], [[S|{a}]] [[C|said]] in a statement.",
    ),
    (
        "headline",
        "headline",
        "[[N|{town} votes to keep {thing}]]\n“[[Q|This is a good day for the whole town]],” [[S|{a}]] [[C|told]] reporters.",
    ),
    (
        "subheading",
        "subheading",
        "“[[Q|We expect the first boats in April]],” [[C|said]] [[S|{a}]].\n[[N|A long wait for repairs]]\nThe work has been delayed twice.",
    ),
    (
        "subheading",
        "section_label",
        "MARKETS: [[N|Shares in {town} builders fell sharply.]]\n[[S|{a}]], a trader, [[C|said]] [[Q|investors were nervous about the harbour plan]].",
    ),
    (
        "subheading",
        "qa_label",
        "Q: [[N|Why did you leave the council?]]\nA: I wanted to spend time with my family.\n[[S|{a}]] [[C|said]] later that [[Q|she had no regrets]].",
    ),
    (
        "subheading",
        "section_label",
        "UPDATE: [[N|The road to {thing} has reopened.]]\n[[S|{b}]] [[C|said]] [[Q|the repairs had taken less time than feared]].",
    ),
    (
        "byline",
        "byline",
        "[[N|{b} is a reporter for the {town} Courier.]]\n[[S|{a}]] [[C|said]] [[Q|the courier service would end in June]].",
    ),
    (
        "byline",
        "byline",
        "[[N|Additional reporting by {b} in {town}]]\n“[[Q|It was the right call]],” [[S|{a}]] [[C|said]] of the decision to close {thing}.",
    ),
    (
        "caption",
        "caption",
        "Above: [[N|Workers repair the roof of {thing} last week]]\n[[S|{a}]] [[C|said]] [[Q|the roof would be finished by Friday]].",
    ),
    (
        "caption",
        "caption",
        "[[N|{a} says the crowds return every summer.]] (Photo: {b}/Courier)\nThe season opens on Saturday. “[[Q|We are ready for them]],” [[S|{a}]] [[C|added]].",
    ),
    (
        "teaser",
        "teaser",
        "RELATED: [[N|Council says {thing} plan is still on track]]\n[[S|{a}]] [[C|told]] the Courier that [[Q|the plan had been shelved]].",
    ),
    (
        "teaser",
        "teaser",
        "[[N|Click here to read our full coverage of {thing}.]]\n[[S|{a}]] [[C|said]] [[Q|more meetings would follow]].",
    ),
    (
        "teaser",
        "boilerplate",
        "[[N|Our journalism depends on readers like you.]]\n“[[Q|We should have acted sooner]],” [[S|{a}]] [[C|admitted]].",
    ),
    (
        "teaser",
        "boilerplate",
        "[[S|{a}]] [[C|said]] [[Q|the vote would be held in the autumn]].\n[[N|Advertisement]]\nThe council has not set a date.",
    ),
    (
        "scare_quotes",
        "scare_quotes",
        "Officials describe the gap as a [[N|“rounding error”]], but it runs to thousands. [[S|{a}]] [[C|said]] [[Q|the audit would find out where the money went]].",
    ),
    (
        "scare_quotes",
        "scare_quotes",
        "The [[N|“consultation”]] on {thing} lasted four days. “[[Q|Nobody had time to reply]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "scare_quotes",
        "scare_quotes",
        "Many saw the move as a [[N|“betrayal”]] of the town. [[S|{a}]], the council leader, [[C|said]] [[Q|she understood their anger]].",
    ),
    (
        "title",
        "title",
        "The exhibition [[N|“Boats of {town}”]] runs until May at {thing}. [[S|{a}]], the curator, [[C|said]] [[Q|most of the models were donated]].",
    ),
    (
        "title",
        "title",
        "He is best known for the song [[N|“Harbour Lights”]]. “[[Q|I wrote it in an afternoon]],” [[S|{a}]] [[C|said]].",
    ),
    (
        "title",
        "title",
        "The report, titled [[N|“A Town Left Waiting”]], was published on Monday. [[S|{a}]] [[C|said]] [[Q|its findings were fair]].",
    ),
    (
        "nickname",
        "nickname",
        "The stretch near {thing} is nicknamed [[N|“Pothole Alley”]] by cyclists. [[S|{a}]] [[C|said]] [[Q|the road would be resurfaced this year]].",
    ),
    (
        "nickname",
        "nickname",
        "{b}, whom colleagues call [[N|“the Fixer”]], joined the board in 2019. [[C|According to]] [[S|{a}]], [[Q|the board will meet again in June]].",
    ),
    (
        "nickname",
        "nickname",
        "Locals still refer to the square as [[N|“the Old Yard”]]. “[[Q|The name will never change]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "words_as_words",
        "coined_term",
        "Staff have a name for the queue at {thing}: [[N|“the long wait”]]. [[S|{a}]] [[C|said]] [[Q|two more desks would open]].",
    ),
    (
        "words_as_words",
        "words_as_words",
        "The sign misspells [[N|“harbour”]] as “harbor”. [[S|{a}]] [[C|said]] [[Q|a new sign had been ordered]].",
    ),
    (
        "words_as_words",
        "coined_term",
        "Economists call it [[N|“shrinkflation”]]: smaller packs at the same price. [[S|{a}]] [[C|said]] [[Q|shoppers had noticed]].",
    ),
    (
        "slogan",
        "slogan",
        "Stickers saying [[N|“No to the toll”]] have appeared across {town}. [[S|{a}]] [[C|said]] [[Q|the toll would pay for the bridge]].",
    ),
    (
        "slogan",
        "slogan",
        "The crowd chanted [[N|“Keep it local”]] outside {thing}. “[[Q|We heard them]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "slogan",
        "slogan",
        "A poster in the window read [[N|“Closed until further notice”]]. [[S|{a}]] [[C|said]] [[Q|the shop would reopen in May]].",
    ),
    (
        "refusal",
        "refusal",
        "[[S|{a}]] [[C|said]] [[Q|the fire started in the kitchen]]. The owners of {thing} [[N|could not be reached for comment]].",
    ),
    (
        "refusal",
        "refusal",
        "Asked about the fine, {b} declined [[N|to discuss the matter]]. “[[Q|We will appeal]],” [[S|{a}]] [[C|said]].",
    ),
    (
        "refusal",
        "anonymity",
        "A resident, who [[N|asked that her name not be used]], complained about the noise. [[S|{a}]] [[C|said]] [[Q|the council would measure it]].",
    ),
    (
        "refusal",
        "anonymity",
        "Two officials [[N|speaking on condition that they not be identified]] described the talks. [[S|{a}]] [[C|said]] [[Q|a deal was close]].",
    ),
    (
        "negated",
        "negated",
        "{b} has not said [[N|whether she will stand again]]. [[S|{a}]] [[C|said]] [[Q|the party would choose a candidate in May]].",
    ),
    (
        "negated",
        "negated",
        "The statement did not mention [[N|the fire at {thing}]]. [[S|{a}]] [[C|said]] [[Q|the fire was being investigated]].",
    ),
    (
        "negated",
        "hypothetical",
        "Critics would argue [[N|that the money should go to schools]]. [[S|{a}]] [[C|said]] [[Q|the budget covered both]].",
    ),
    (
        "negated",
        "hypothetical",
        "If the board says [[N|that the site is unsafe]], it will close. “[[Q|We are not there yet]],” [[S|{a}]] [[C|said]].",
    ),
    (
        "non_reporting",
        "non_reporting",
        "The chart shows [[N|a sharp rise in visitors to {thing}]] since May. [[S|{a}]] [[C|said]] [[Q|the rise was expected]].",
    ),
    (
        "non_reporting",
        "non_reporting",
        "The new rules allow [[N|dogs to enter the park]] after six. “[[Q|It is a fair compromise]],” [[C|said]] [[S|{a}]].",
    ),
    (
        "non_reporting",
        "non_reporting",
        "Fans told [[N|stories about the old ground]] late into the night. [[S|{a}]] [[C|said]] [[Q|the club would build a museum]].",
    ),
    (
        "non_reporting",
        "non_reporting",
        "The ferry announced [[N|its arrival with a long horn]]. [[S|{a}]] [[C|said]] [[Q|the crossing had been calm]].",
    ),
]
"""The passage templates: 92 patterns, each written out with several fillers."""

VARIANTS = 2
"""How many fillers each template is written with (92 x 2 = 184 passages)."""


def render(template: str, filler: dict[str, str]) -> tuple[str, dict[str, tuple[int, int, str]]]:
    """Fill a template and strip its markup, recording each marked span's offsets.

    Returns:
        The text and ``{letter: (start, end, text)}``.

    Raises:
        ValueError: If a letter is marked twice or one of N, Q, C, S is missing.

    """
    filled = template.format(**filler)
    out: list[str] = []
    spans: dict[str, tuple[int, int, str]] = {}
    position = at = 0
    for match in MARKUP.finditer(filled):
        plain = filled[at : match.start()]
        out.append(plain)
        position += len(plain)
        letter, words = match.group(1), match.group(2)
        if letter in spans:
            raise ValueError(f"{letter} marked twice in {template!r}")
        spans[letter] = (position, position + len(words), words)
        out.append(words)
        position += len(words)
        at = match.end()
    out.append(filled[at:])
    if set(spans) != set("NQCS"):
        raise ValueError(f"{template!r} needs one each of N, Q, C, S")
    return "".join(out), spans


def kind_of(content: str) -> str:
    """``direct`` when the content is one quotation, ``mixed`` when it holds quoted words, else ``indirect``."""
    inner = content.strip()
    if inner.startswith("“") and inner.rstrip(".,").endswith("”") and inner.count("“") == 1:
        return "direct"
    return "mixed" if "“" in inner else "indirect"


def record(
    number: int, why: str, category: str, text: str, spans: dict[str, tuple[int, int, str]]
) -> dict[str, object]:
    """One gold record with its positive control and non-quote."""
    q_start, q_end, _ = spans["Q"]
    if text[q_start - 1 : q_start] == "“":  # PolNeAR's content includes the quote marks
        close = q_end
        while close < len(text) and text[close] in ",.!?":
            close += 1
        if text[close : close + 1] == "”":
            q_start, q_end = q_start - 1, close + 1
    content = text[q_start:q_end]
    c_start, c_end, cue = spans["C"]
    s_start, s_end, source = spans["S"]
    n_start, n_end, non_quote = spans["N"]
    return {
        "id": f"hn-{number:03d}-{category}",
        "text": text,
        "quotes": [
            {
                "start": q_start,
                "end": q_end,
                "text": content,
                "kind": kind_of(content),
                "fragments": [[q_start, q_end]],
                "cue": cue,
                "cue_start": c_start,
                "cue_end": c_end,
                "source": source,
                "source_start": s_start,
                "source_end": s_end,
                "source_aliases": [],
            }
        ],
        "non_quotes": [{"start": n_start, "end": n_end, "text": non_quote, "why": why, "category": category}],
    }


def build() -> list[dict[str, object]]:
    """Every passage, in template order."""
    items = []
    for t, (why, category, template) in enumerate(TEMPLATES):
        for v in range(VARIANTS):
            filler = FILLERS[(t + v) % len(FILLERS)]
            text, spans = render(template, filler)
            item = record(len(items) + 1, why, category, text, spans)
            check(item)
            items.append(item)
    return items


def main() -> None:
    """Write the suite next to this script."""
    write("hard_negatives", build())


if __name__ == "__main__":
    main()
