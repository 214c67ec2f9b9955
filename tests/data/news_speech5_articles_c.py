"""Articles 9-12 of the fifth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech5 import Article, Item

INDIA = Article(
    "ns5-india-metro",
    "Indian English house style: 'told PTI', 'he added', 'opined', 'informed that', straight doubles, 'said on Monday', honorifics",
    """\
⟦n1|Metro Phase III deadline pushed to March, commuters fume⟧

PUNE: ⟦q1|The third phase of the Pune Metro will not be ready before March next year⟧, ⟦s1|Maharashtra Metro Rail Corporation officials⟧ ⟦c1|said⟧ on Monday, citing delays in land acquisition near the Shivajinagar interchange.

⟦s2|MahaMetro managing director Shri Ravindra Kulkarni⟧ ⟦c2|told⟧ PTI ⟦q2|that 84 per cent of the civil work on the corridor had been completed⟧. ⟦q3|"The remaining work is mostly at stations where we are still waiting for possession of land. Once we get it, we will complete the work on war footing,"⟧ ⟦s3|he⟧ ⟦c3|added⟧.

⟦s4|Mr Kulkarni⟧ ⟦c4|informed⟧ ⟦q4|that trial runs on the elevated stretch between Hinjewadi and Balewadi would begin in December⟧.

The delay has angered daily commuters, many of whom spend close to two hours on the road every day. ⟦q5|"We were promised this line by Diwali. Then it was Holi. Now it is next March,"⟧ ⟦c5|said⟧ ⟦s5|Sneha Joshi⟧, a software engineer who travels from Aundh to Hinjewadi. ⟦q5|"At this rate my daughter will use it before I do."⟧

⟦s6|Opposition corporator Vasant Gaikwad⟧ ⟦c6|opined⟧ ⟦q6|that the corporation had "misled the citizens" on the timeline⟧ and ⟦c7|demanded⟧ ⟦q7|a white paper on the project's finances⟧.

⟦q8|"Crores of rupees have been spent on advertisements,"⟧ ⟦s8|Mr Gaikwad⟧ ⟦c8|alleged⟧. ⟦q8|"Not one rupee has been spent on telling people the truth."⟧

Responding to the charge, ⟦s9|a MahaMetro spokesperson⟧ ⟦c9|said⟧ ⟦q9|the advertisements had been paid for by private sponsors and not from project funds⟧.

⟦c10|As per⟧ ⟦s10|the detailed project report⟧, ⟦q10|the 23-km corridor is expected to carry 2.6 lakh passengers a day in its first year⟧. ⟦n2|Experts feel the actual numbers may be lower until feeder buses are in place⟧.

⟦s11|Transport expert Dr Anagha Patwardhan⟧ ⟦c11|said⟧ ⟦q11|that the last-mile connectivity was "the real test"⟧. ⟦q12|"A metro without feeder buses is a very expensive ride between two parking problems,"⟧ ⟦s12|she⟧ ⟦c12|said⟧.

⟦s13|State Urban Development Minister Shri Eknath Sawant⟧, who visited the site on Sunday, ⟦c13|assured⟧ ⟦q13|that the government would clear all pending approvals within a month⟧. ⟦n3|The minister, however, did not give a date for the inauguration⟧.

The corridor, dubbed the ⟦n4|"IT line"⟧ by commuters, will connect the city's largest technology park with the old city.
""",
    [
        Item(1, "Maharashtra Metro Rail Corporation officials", anonymous=True),
        Item(2, "Ravindra Kulkarni", titles=("MahaMetro managing director", "Shri"), chain=(("PTI", "told"),)),
        Item(3, "Ravindra Kulkarni"),
        Item(4, "Ravindra Kulkarni"),
        Item(5, "Sneha Joshi"),
        Item(6, "Vasant Gaikwad", titles=("Opposition corporator",)),
        Item(7, "Vasant Gaikwad"),
        Item(8, "Vasant Gaikwad"),
        Item(9, "a MahaMetro spokesperson", anonymous=True),
        Item(10, "the detailed project report", "according_to"),
        Item(11, "Anagha Patwardhan", titles=("Transport expert", "Dr")),
        Item(12, "Anagha Patwardhan"),
        Item(13, "Eknath Sawant", titles=("State Urban Development Minister", "Shri")),
    ],
    {1: "headline", 2: "non_reporting", 3: "refusal", 4: "nickname"},
)

AUSTRALIA = Article(
    "ns5-australia-council",
    "Australian house style: straight single quotes as primary marks, apostrophes in words, 'told the ABC', 'said yesterday', state titles",
    """\
⟦n1|Shark nets row: 'We're not going back in the water'⟧

⟦s13|Surfers on the NSW Mid North Coast⟧ have ⟦c13|accused⟧ the state government ⟦q13|of 'gambling with lives'⟧ after ⟦s14|it⟧ ⟦c14|confirmed⟧ yesterday ⟦q14|that shark nets would not return to five beaches this summer⟧.

⟦s1|Agriculture Minister Tara Whitlock⟧ ⟦c1|said⟧ ⟦q1|the nets, removed in April after a review, caught far more turtles, rays and dolphins than sharks, and that drones and tagged-shark alerts were 'a smarter way to keep swimmers safe'⟧.

⟦q2|'The nets give people a false sense of security,'⟧ ⟦s2|Ms Whitlock⟧ ⟦c2|told⟧ the ABC. ⟦q2|'They're 150 metres long on beaches that are two kilometres long. Sharks swim around them.'⟧

That hasn't convinced locals in Port Bellamy, where a surfer was bitten on the leg in March. ⟦q3|'I've surfed here for forty years and I've never seen as many sharks as I've seen this year,'⟧ ⟦c3|said⟧ ⟦s3|board-rider club president Shane McAlister⟧. ⟦q3|'The government's telling us the nets don't work. Well, nobody was bitten when they were in.'⟧

⟦s4|The Nationals MP for the area, Bronwyn Teague,⟧ ⟦c4|said⟧ ⟦q4|she'd write to the Premier this week asking him to reverse the decision⟧. ⟦q5|'This is a decision made in Sydney by people who've never been in the water at Port Bellamy,'⟧ ⟦s5|she⟧ ⟦c5|said⟧.

⟦s6|Marine scientist Dr Liam Cheung, from Southern Cross University,⟧ ⟦c6|said⟧ ⟦q6|the evidence was 'pretty clear' that the nets did little to reduce bites⟧. ⟦n2|His own research suggests that drones spot about nine in ten sharks near the shore⟧.

⟦q7|'I understand why people feel safer with nets,'⟧ ⟦s7|Dr Cheung⟧ ⟦c7|said⟧. ⟦q7|'But you don't make decisions about safety based on feelings. You make them on what actually works, and the nets don't.'⟧

⟦c8|According to⟧ ⟦s8|the Department of Primary Industries⟧, ⟦q8|376 animals were caught in the nets last season, 11 of them target sharks⟧.

The club has printed stickers reading ⟦n3|'Nets Not Nonsense'⟧ and handed out about 2,000 of them at the weekend. ⟦s9|Mr McAlister⟧ ⟦c9|said⟧ ⟦q9|a petition had gathered more than 8,000 signatures⟧.

⟦s10|⟦s11|A spokesperson for the Premier⟧⟧ ⟦c10|said⟧ ⟦q10|he'd 'consider any correspondence from the member'⟧, but ⟦c11|said⟧ ⟦q11|the government stood by the review's findings⟧.

For now, the drones will fly from 7am to 5pm on weekends and school holidays. ⟦q12|'That's lovely,'⟧ ⟦c12|said⟧ ⟦s12|one surfer⟧, pulling on a wetsuit. ⟦q12|'Sharks don't work weekends only, mate.'⟧
""",
    [
        Item(1, "Tara Whitlock", titles=("Agriculture Minister",)),
        Item(2, "Tara Whitlock", chain=(("the ABC", "told"),)),
        Item(3, "Shane McAlister", titles=("board-rider club president",)),
        Item(4, "Bronwyn Teague", titles=("The Nationals MP for the area",)),
        Item(5, "Bronwyn Teague"),
        Item(6, "Liam Cheung", titles=("Marine scientist", "Dr")),
        Item(7, "Liam Cheung"),
        Item(8, "the Department of Primary Industries", "according_to"),
        Item(9, "Shane McAlister"),
        Item(10, "A spokesperson for the Premier", anonymous=True),
        Item(11, "A spokesperson for the Premier", anonymous=True),
        Item(12, "one surfer", anonymous=True),
        Item(13, "Surfers on the NSW Mid North Coast", anonymous=True),
        Item(14, "the state government"),
    ],
    {1: "headline", 2: "non_reporting", 3: "slogan"},
)

PROFILE = Article(
    "ns5-longform-profile",
    "long-form profile: quotations paragraphs away from their speaker, a quotation over three paragraphs, a quoted letter, 'she recalls', nested quotes",
    """\
⟦n1|The last lighthouse keeper of Skerrow Point⟧

Agnes Munro was nineteen when she first climbed the 112 steps of the Skerrow Point lighthouse, carrying a paraffin lamp and a copy of ⟦n2|“Jane Eyre”⟧. She is eighty-four now, and she still counts the steps out loud.

⟦q1|“A hundred and twelve,”⟧ ⟦s1|she⟧ ⟦c1|says⟧ at the top, not at all out of breath. ⟦q1|“My father said if I ever lost count I should go back down and start again. I never lost count.”⟧

The light was automated in 1991 and the keepers’ cottages sold off, but Munro bought hers and never left. From her kitchen window she can see the rocks that sank the trawler ⟦n3|“Morning Star”⟧ in 1962, a wreck she watched from the gallery.

⟦q2|“The lifeboat could not get near them. We could hear the men shouting, and there was nothing, nothing at all, any of us could do.⟧

⟦q2|“My father kept the light burning all night, though it could not help them any more. He said it was so their wives would know someone was still watching.⟧

⟦q2|“I have thought about that every winter since.”⟧

Her father, Hector, kept the light for thirty-one years. In a letter to the Northern Lighthouse Board in 1970, which Munro keeps in a biscuit tin, ⟦s3|he⟧ ⟦c3|wrote⟧ ⟦q3|that his daughter was “the best keeper on this coast, and I include myself”⟧.

The board did not take women keepers then. ⟦s4|Munro⟧ ⟦c4|recalls⟧ ⟦q4|that the official who came to inspect the station asked her to make the tea⟧.

⟦q5|“So I made the tea,”⟧ ⟦s5|she⟧ ⟦c5|says⟧. ⟦q5|“And then I showed him the log, which I had written, and the lamp, which I had cleaned, and the weather reports, which I had sent. He drank his tea very quietly.”⟧

She was never given the title. She did the job anyway, unpaid, until her father died.

⟦s6|Her niece, Catriona Munro,⟧ who runs the small museum now housed in the old engine room, ⟦c6|says⟧ ⟦q6|her aunt is “more stubborn than the rock the lighthouse stands on”⟧. ⟦q7|“People come for the lighthouse and stay for Agnes,”⟧ ⟦s7|she⟧ ⟦c7|says⟧. ⟦q7|“She tells them the shipwreck story and half of them cry.”⟧

It is getting dark. Munro switches on the lamp in her kitchen, then looks out at the tower, where the automatic beam has begun to turn.

⟦q8|“It doesn’t need me now,”⟧ ⟦s8|she⟧ ⟦c8|says⟧. ⟦q8|“But I like to watch it, in case.”⟧

In case of what?

⟦q9|“In case,”⟧ ⟦s9|she⟧ ⟦c9|says⟧, and that is all she will say about it.
""",
    [
        Item(1, "Agnes Munro"),
        Item(2, "Agnes Munro"),
        Item(3, "Hector Munro", "letter"),
        Item(4, "Agnes Munro"),
        Item(5, "Agnes Munro"),
        Item(6, "Catriona Munro", titles=("Her niece",)),
        Item(7, "Catriona Munro"),
        Item(8, "Agnes Munro"),
        Item(9, "Agnes Munro"),
    ],
    {1: "headline", 2: "title", 3: "title"},
)

EXPLAINER = Article(
    "ns5-explainer-experts",
    "explainer: questions as subheads, several experts quoted in turn, 'says X, a professor of ...', quotations after a colon, 'argues', 'points out'",
    """\
⟦n1|Why is my energy bill going up when wholesale prices are falling?⟧

Wholesale gas prices have fallen by almost a third since January, yet the price cap on household energy bills will rise by 4 per cent in October. What is going on?

⟦n2|What is the price cap?⟧

The cap limits what suppliers can charge per unit of energy, and is reset every three months by the regulator, Ofgem. ⟦s1|Ofgem⟧ ⟦c1|says⟧ ⟦q1|the October rise is driven mainly by higher network costs, not by the price of gas itself⟧.

⟦q2|“People look at the wholesale price and assume it is the whole bill. It is about a third of it,”⟧ ⟦c2|says⟧ ⟦s2|Dr Helen Okwu, a senior lecturer in energy economics at the University of Strathclyde⟧. ⟦q2|“The rest is wires, pipes, policy costs and the supplier’s margin.”⟧

⟦n3|Why are network costs rising?⟧

⟦s3|The companies that run Britain’s pipes and cables⟧ ⟦c3|argue⟧ ⟦q3|that they need to spend billions connecting new wind farms and replacing ageing equipment⟧. ⟦s4|Energy Networks Association chief executive Simon Treloar⟧ ⟦c4|puts it⟧ bluntly: ⟦q4|“You cannot run a twenty-first-century energy system on twentieth-century wires.”⟧

⟦s5|Critics⟧ ⟦c5|point out⟧ ⟦q5|that the same companies paid shareholders more than £2bn in dividends last year⟧. ⟦q6|“Bill payers are being asked to fund the upgrade, and investors are being paid for the privilege,”⟧ ⟦c6|says⟧ ⟦s6|Gareth Lloyd-Evans of the consumer group Fair Power⟧.

⟦n4|Will prices fall next year?⟧

Probably, but not by much. Analysts at the consultancy Cornwall Insight forecast a small fall in January. ⟦n5|Forecasts have been wrong before, as the analysts themselves acknowledge⟧.

⟦s8|Professor Martin Feld, an energy adviser to the last two governments,⟧ ⟦c8|is more cautious⟧: ⟦q8|“I would not plan a household budget on the assumption that bills will fall. The cheap-energy era is not coming back.”⟧

⟦n6|What can I do?⟧

Not a great deal, ⟦c9|according to⟧ ⟦s9|Citizens Advice⟧, ⟦q9|beyond checking whether a fixed tariff is cheaper and making sure you are on the right payment method⟧. ⟦s10|The charity⟧ ⟦c10|says⟧ ⟦q10|about 1.5 million households are still paying more than they need to because they pay on receipt of a bill rather than by direct debit⟧.

⟦s11|Dr Okwu⟧ ⟦c11|has some simpler advice⟧: ⟦q11|“Read your meter. You would be amazed how many bills are still estimated.”⟧
""",
    [
        Item(1, "Ofgem"),
        Item(2, "Helen Okwu", titles=("Dr", "a senior lecturer in energy economics at the University of Strathclyde")),
        Item(3, "The companies that run Britain’s pipes and cables", anonymous=True),
        Item(4, "Simon Treloar", titles=("Energy Networks Association chief executive",)),
        Item(5, "Critics", anonymous=True),
        Item(6, "Gareth Lloyd-Evans"),
        Item(8, "Martin Feld", titles=("Professor", "an energy adviser to the last two governments")),
        Item(9, "Citizens Advice", "according_to"),
        Item(10, "Citizens Advice"),
        Item(11, "Helen Okwu"),
    ],
    {1: "headline", 2: "subheading", 3: "subheading", 4: "subheading", 5: "non_reporting", 6: "subheading"},
)

ARTICLES = [INDIA, AUSTRALIA, PROFILE, EXPLAINER]
