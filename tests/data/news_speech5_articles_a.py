"""Articles 1-4 of the fifth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech5 import Article, Item

WIRE = Article(
    "ns5-wire-senate",
    "US wire politics: dateline, 'said Tuesday', 'told The Associated Press', long titles before names, party-state tags",
    """\
⟦n1|Senate wildfire aid bill stalls over “strings attached”⟧

WASHINGTON (AP) — ⟦s1|Senate Majority Leader Raymond Castellano⟧ ⟦c1|said⟧ Tuesday ⟦q1|that a bipartisan wildfire relief package would reach the floor before the August recess⟧, even as ⟦s2|conservatives in his own chamber⟧ ⟦c2|insisted⟧ ⟦q2|that every dollar of the $14 billion be offset by cuts elsewhere⟧.

⟦q3|“We are not going to make families in Oregon and Montana wait another month because of a procedural fight,”⟧ ⟦s3|Castellano⟧, D-N.M., ⟦c3|told⟧ reporters outside his office. ⟦q3|“The votes are there. I have counted them twice.”⟧

In a separate interview, ⟦s4|Senate Minority Whip Dolores Hatchett⟧ ⟦c4|told⟧ The Associated Press ⟦q4|she would back the package only if it carried “real guardrails” on how states spend the money⟧.

⟦q5|“Nobody in this building is against helping fire victims,”⟧ ⟦s5|Hatchett⟧, R-Idaho, ⟦c5|said⟧. ⟦q5|“But we have all seen what happens when Washington mails a blank check to a disaster zone. Half of it ends up with consultants.”⟧

⟦s6|The White House⟧ ⟦c6|said⟧ in a statement late Tuesday ⟦q6|that the administration “strongly supports” the bill in its current form⟧. White House press secretary Lionel Abernathy ⟦n2|declined to say whether the president would sign a smaller package⟧.

The bill, nicknamed the ⟦n3|“Smokejumper bill”⟧ by aides on Capitol Hill, would send money to state forestry agencies, rebuild rural fire stations and extend federal crop insurance to ranchers who lost grazing land.

⟦s7|Sen. Marcus Oyelaran⟧, a Colorado Democrat who helped write it, ⟦c7|said⟧ ⟦q7|the guardrails Republicans want are already in the text⟧. ⟦q8|“Every dollar has a paper trail. Every single dollar,”⟧ ⟦s8|he⟧ ⟦c8|said⟧ in a phone interview.

⟦s9|Two Republican aides⟧, who spoke on condition of anonymity because they were not authorized to discuss private talks, ⟦c9|said⟧ ⟦q9|at least five members of the conference were ready to block a vote⟧. ⟦n4|Castellano is betting that pressure from Western governors will peel off enough of them⟧.

⟦s10|⟦s11|Oregon Gov. Theresa Lindqvist⟧⟧, a Democrat, ⟦c10|wrote⟧ on social media ⟦q10|that the delay was “unconscionable”⟧ and ⟦c11|urged⟧ ⟦q11|senators to stay in session through the weekend if that is what it takes⟧.

⟦c14|According to⟧ ⟦s14|a memo circulated by the Senate Budget Committee’s Republican staff⟧, ⟦q14|the package would add about $9 billion to the deficit over a decade⟧. ⟦s12|Castellano’s office⟧ ⟦c12|called⟧ ⟦q12|that estimate “a worst-case fantasy”⟧.

⟦c15|Asked⟧ on Tuesday ⟦q15|whether he would keep the Senate in session on Saturday⟧, Castellano smiled. ⟦q13|“Bring a sleeping bag,”⟧ ⟦s13|he⟧ ⟦c13|said⟧.

The Senate is expected to hold a first procedural vote Thursday afternoon.
""",
    [
        Item(1, "Raymond Castellano", titles=("Senate Majority Leader",)),
        Item(2, "conservatives in his own chamber", anonymous=True),
        Item(3, "Raymond Castellano", chain=(("reporters", "told"),)),
        Item(4, "Dolores Hatchett", titles=("Senate Minority Whip",), chain=(("The Associated Press", "told"),)),
        Item(5, "Dolores Hatchett"),
        Item(6, "The White House", "statement"),
        Item(7, "Marcus Oyelaran", titles=("Sen.",)),
        Item(8, "Marcus Oyelaran"),
        Item(9, "Two Republican aides", anonymous=True),
        Item(10, "Theresa Lindqvist", "posted", titles=("Oregon Gov.",)),
        Item(11, "Theresa Lindqvist", "posted"),
        Item(12, "Castellano’s office"),
        Item(13, "Raymond Castellano"),
        Item(14, "the Senate Budget Committee’s Republican staff", "according_to", anonymous=True),
        Item(15, "reporters", anonymous=True),
    ],
    {1: "headline", 2: "refusal", 3: "nickname", 4: "non_reporting"},
)

SKETCH = Article(
    "ns5-commons-sketch",
    "parliamentary sketch: UK curly single quotes, a Hansard-style exchange with speaker labels, 'wanted to know whether'",
    """\
⟦n1|Sketch: ‘Pothole Helen’ hits a bump at PMQs⟧

It was, as ⟦s1|one veteran Conservative⟧ ⟦c1|muttered⟧ on the way into the chamber, ⟦q1|‘a pothole sort of day’⟧.

The Prime Minister, Helen Marchbank, arrived with a ring binder labelled ⟦n2|‘Roads: The Good News’⟧. The Leader of the Opposition, Graham Tolley, arrived with a grievance and a photograph of a crater on the A391, which he waved at the despatch box like a winning lottery ticket.

⟦q2|‘Can the Prime Minister tell the House,’⟧ ⟦s2|Mr Tolley⟧ ⟦c2|began⟧, ⟦q2|‘how many potholes were filled in England last year — and how many new ones opened up while she was filling them?’⟧

⟦s3|Ms Marchbank⟧ ⟦c3|replied⟧ ⟦q3|that her government had filled more potholes than any in history⟧, a claim her own benches cheered so loudly that the Speaker had to intervene. The exchange, as Hansard will record it, went on like this:

⟦s4|Mr Graham Tolley⟧: ⟦q4|The Prime Minister talks about record investment. My constituents talk about record repair bills. Which of them is right?⟧

⟦s5|The Prime Minister⟧: ⟦q5|I think the right honourable gentleman will find that his constituents are enjoying the largest roads programme this country has ever seen.⟧

⟦s6|Mr Speaker⟧: ⟦q6|Order. I want to hear the Prime Minister, even if others do not.⟧

From the Liberal Democrat benches, ⟦s7|Fiona Achterberg⟧ ⟦c7|wanted to know⟧ ⟦q7|whether the Prime Minister had ever driven the A391 after dark⟧. ⟦s8|Ms Marchbank⟧ ⟦c8|said⟧ ⟦q8|she had not, but that she was sure it was ‘a very fine road’⟧, which drew the loudest laugh of the afternoon, most of it from behind her.

The so-called ⟦n3|‘pothole pledge’⟧ — twelve million repairs by the end of the parliament — was announced with great fanfare in the spring. ⟦s9|Officials⟧ now ⟦c9|concede⟧ privately ⟦q9|that it will be missed by some distance⟧.

⟦q10|‘She looked rattled,’⟧ ⟦c10|said⟧ ⟦s10|a Labour whip⟧ afterwards, with the satisfaction of a man who had not himself been asked any questions. ⟦q10|‘And she should be. Every MP in that room has a pothole with their name on it.’⟧

⟦s11|Downing Street⟧ ⟦c11|insisted⟧ ⟦q11|the Prime Minister had ‘thoroughly enjoyed’ the session⟧. ⟦s12|Her spokesman⟧ ⟦c12|added⟧: ⟦q12|‘She is always happy to talk about roads. She will be talking about them again next week.’⟧

Nobody doubted it. Whether anyone will be listening is another matter. On the way out, a Tory backbencher was overheard reading the binder’s label aloud in a tone that suggested it would not be reprinted.
""",
    [
        Item(1, "one veteran Conservative", anonymous=True),
        Item(2, "Graham Tolley"),
        Item(3, "Helen Marchbank"),
        Item(4, "Graham Tolley", titles=("Mr",)),
        Item(5, "Helen Marchbank", titles=("The Prime Minister",)),
        Item(6, "Mr Speaker"),
        Item(7, "Fiona Achterberg"),
        Item(8, "Helen Marchbank"),
        Item(9, "Officials", anonymous=True),
        Item(10, "a Labour whip", anonymous=True),
        Item(11, "Downing Street"),
        Item(12, "Her spokesman", anonymous=True),
    ],
    {1: "headline", 2: "title", 3: "scare_quotes"},
)

CORRESPONDENT = Article(
    "ns5-foreign-interpreter",
    "foreign correspondence: guillemets for translated speech, 'speaking through an interpreter', 'said in Russian', quotes after a colon",
    """\
⟦n1|In a border town, the bread queue is the only news service⟧

KORVAN, Kazakhstan — The queue outside the bakery on Lenin Street forms at five in the morning, and by six it has become the town’s parliament.

⟦q1|«We hear about the new customs rules from the lorry drivers, not from the government,»⟧ ⟦c1|said⟧ ⟦s1|Aigerim Suleimenova⟧, 61, a retired schoolteacher, speaking through an interpreter. ⟦q1|«The drivers know everything first. The akim knows everything last.»⟧

Korvan sits nine kilometres from a crossing that was closed for most of last winter. ⟦s2|Traders⟧ ⟦c2|say⟧ ⟦q2|the closure cut their income by half⟧, and ⟦s3|some⟧ ⟦c3|say⟧ ⟦q3|they have not been paid for goods that were stuck on the other side for months⟧.

⟦s4|Nurlan Bekov⟧, who sells tyres from a shipping container near the bus station, ⟦c4|was blunt⟧: ⟦q4|«If the border closes again, I close too. There is no third option.»⟧

⟦s5|The town’s deputy mayor, Yerlan Tashenov⟧, ⟦c5|said⟧ in Russian ⟦q5|that the crossing would stay open “as long as the paperwork is in order”⟧, a phrase several traders repeated back to this correspondent with a laugh.

⟦s7|Mr Tashenov⟧ ⟦c7|said⟧ ⟦q7|the regional government had promised money for a new road to the crossing⟧. ⟦n2|He declined to say when the work would start⟧.

At the bakery, the talk turns to the young men who have left. ⟦q9|«My son drives a taxi in Almaty now,»⟧ ⟦s9|Ms Suleimenova⟧ ⟦c9|said⟧. ⟦q9|«He sends money. He does not send himself.»⟧

⟦q10|— Does he call?⟧ ⟦s10|I⟧ ⟦c10|asked⟧.

⟦q11|— Every Sunday. He asks about the bread.⟧

⟦s13|A customs officer at the crossing⟧, who gave only his first name, Daniyar, ⟦c13|said⟧ ⟦q13|that lorries now wait an average of two days instead of two weeks⟧.

Behind the counter, the baker, a broad woman with flour to her elbows, had the last word. ⟦q14|«Write that the bread is good,»⟧ ⟦s14|she⟧ ⟦c14|said⟧. ⟦q14|«Everything else, you can check with the drivers.»⟧

A sign above the till reads ⟦n3|«No credit. No politics.»⟧ It is, by common consent, the only rule in Korvan that everybody obeys.
""",
    [
        Item(1, "Aigerim Suleimenova"),
        Item(2, "Traders", anonymous=True),
        Item(3, "some traders", anonymous=True),
        Item(4, "Nurlan Bekov"),
        Item(5, "Yerlan Tashenov", titles=("The town’s deputy mayor",)),
        Item(7, "Yerlan Tashenov"),
        Item(9, "Aigerim Suleimenova"),
        Item(10, "the correspondent", anonymous=True),
        Item(11, "Aigerim Suleimenova"),
        Item(13, "A customs officer at the crossing", anonymous=True),
        Item(14, "the baker", anonymous=True),
    ],
    {1: "headline", 2: "refusal", 3: "slogan"},
)

CLINIC = Article(
    "ns5-health-clinic",
    "health story: doctors and patients, 'said Dr. X, a cardiologist at ...' inversions, a quotation over two paragraphs, a study that 'found'",
    """\
⟦n1|New heart scan cuts waiting times, but patients still face ‘postcode lottery’⟧

⟦q1|A heart scan that takes less than ten minutes has halved the time patients wait for a diagnosis at three hospitals in the West Midlands⟧, ⟦s1|doctors⟧ ⟦c1|said⟧ on Wednesday.

The scan, which combines a standard ultrasound with software that measures how stiff the heart muscle is, was tested on 2,400 patients with breathlessness over eighteen months. ⟦n2|The trial found that 94 per cent of serious cases were picked up on the first visit⟧.

⟦q2|“Before this, a patient with a failing heart could wait four months to find out what was wrong with them,”⟧ ⟦c2|said⟧ ⟦s2|Dr. Priya Ramanathan⟧, a consultant cardiologist at Walsall Manor Hospital who led the trial. ⟦q2|“Some of them did not make it to the appointment.”⟧

⟦s3|She⟧ ⟦c3|said⟧ ⟦q3|the scan did not replace a full examination by a specialist but sorted out who needed one first⟧.

Derek Farnsworth, 72, a retired bus driver from Bloxwich, was among the first patients scanned. ⟦s5|He⟧ ⟦c5|described⟧ ⟦q5|being told within a week that he needed a pacemaker⟧ as ⟦q5|“a weight off my chest, literally”⟧.

⟦q6|“My wife had been on at me for a year to see someone,”⟧ ⟦s6|he⟧ ⟦c6|said⟧. ⟦q6|“I kept saying it was just age. It wasn’t just age.⟧

⟦q6|“The nurse who did the scan sat me down afterwards and said, ‘You’ve done the right thing coming in.’ I nearly cried.”⟧

Not every region has the equipment. ⟦s7|The British Heart Foundation⟧ ⟦c7|said⟧ ⟦q7|that fewer than one in five hospital trusts in England could offer the scan⟧, and ⟦c8|called for⟧ ⟦q8|national funding to end what it described as a “postcode lottery” in heart care⟧.

Professor Alan Whitcombe, a cardiologist at the University of Leeds who was not involved in the trial, was more cautious. ⟦q10|“These are very encouraging early results, but eighteen months is not a long time,”⟧ ⟦s10|he⟧ ⟦c10|said⟧. ⟦q10|“We need to see whether patients diagnosed faster actually live longer.”⟧

⟦c11|According to⟧ ⟦s11|NHS England⟧, ⟦q11|about 900,000 people in the country are living with heart failure, and around half of them are expected to die within five years of diagnosis⟧.

⟦s12|A Department of Health spokeswoman⟧ ⟦c12|said⟧: ⟦q12|“We are committed to faster diagnosis for heart patients and will look closely at the results of this trial.”⟧

⟦s13|Dr. Ramanathan⟧ ⟦c13|said⟧ ⟦q13|her team had applied for money to take the scan to GP surgeries⟧, ⟦q13|“where the breathless patients actually are”⟧.

Mr Farnsworth, for his part, has one piece of advice. ⟦q14|“Go,”⟧ ⟦s14|he⟧ ⟦c14|said⟧. ⟦q14|“Whatever your wife is nagging you about, go.”⟧
""",
    [
        Item(1, "doctors", anonymous=True),
        Item(2, "Priya Ramanathan", titles=("Dr.",)),
        Item(3, "Priya Ramanathan"),
        Item(5, "Derek Farnsworth"),
        Item(6, "Derek Farnsworth"),
        Item(7, "The British Heart Foundation"),
        Item(8, "The British Heart Foundation"),
        Item(10, "Alan Whitcombe", titles=("Professor",)),
        Item(11, "NHS England", "according_to"),
        Item(12, "A Department of Health spokeswoman", "statement", anonymous=True),
        Item(13, "Priya Ramanathan"),
        Item(14, "Derek Farnsworth"),
    ],
    {1: "headline", 2: "non_reporting"},
)

ARTICLES = [WIRE, SKETCH, CORRESPONDENT, CLINIC]
