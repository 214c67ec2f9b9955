"""Articles 11-12 of the seventh news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech7 import Article, Item

COALITION = Article(
    "ns7-wire-coalition-talks",
    "wire politics: straight double quotes, 'said by video link', 'said in a text message', 'told reporters', an opening quotation answered by 'So said ...' and 'The remark, from ...', a refusal and a denial",
    """\
Coalition talks in Merenland stall over pension age

HAVELBURG, June 18 (Newswire) — ⟦q1|Talks on forming a new government in Merenland stalled on Wednesday over a plan to raise the pension age⟧, ⟦s1|negotiators from both parties⟧ ⟦c1|said⟧, raising the prospect of a second election within a year.

⟦q2|"We have agreed on almost everything,"⟧ ⟦s2|Social Democrat leader Katja Brenner⟧ ⟦c2|told⟧ reporters outside the parliament. ⟦q2|"Almost everything is not everything."⟧

⟦q3|"Nobody is walking away,"⟧ ⟦c3|said⟧ ⟦s3|Liberal leader Henrik Aalto⟧, speaking by video link from Brussels. ⟦q3|"But nobody should pretend that we can sign a deal by Friday."⟧

⟦q4|"The pension age is a red line for us."⟧ So ⟦c4|said⟧ ⟦s4|Brenner's deputy, Ola Sund⟧, in a radio interview on Wednesday morning, hours before the talks broke up.

⟦s5|Aalto⟧ ⟦c5|said⟧ ⟦q5|his party would not support any budget that left the pension age at 65⟧, which ⟦s11|he⟧ ⟦c11|called⟧ ⟦q11|"a promise the country cannot afford to keep."⟧

⟦q6|"If they want an election, they can have one."⟧ The ⟦c6|remark⟧, from ⟦s6|a senior Liberal official⟧ who spoke on condition of anonymity because the talks are confidential, was quickly played down by the party.

⟦s7|A Liberal spokeswoman⟧ ⟦c7|said⟧ in a text message ⟦q7|that the official "does not speak for the leadership"⟧.

⟦s8|President Eero Lind⟧, who must approve any new government, ⟦c8|said⟧ in a statement ⟦q8|that he expected the parties to "show the responsibility the voters asked of them"⟧. ⟦n1|He did not say whether he would call new elections if the talks failed.⟧

⟦s9|Brenner⟧ ⟦c9|denied⟧ ⟦q9|that her party had leaked details of the talks to the press⟧.

⟦q10|Support for the far-right Homeland party has risen four points since the election⟧, ⟦c10|according to⟧ ⟦s10|a poll published by the daily Havelburger Tagblatt⟧.

⟦n2|Many voters appear to blame both parties for the deadlock.⟧
""",
    [
        Item(1, "negotiators from both parties", anonymous=True),
        Item(2, "Katja Brenner"),
        Item(3, "Henrik Aalto"),
        Item(4, "Ola Sund"),
        Item(5, "Henrik Aalto"),
        Item(6, "a senior Liberal official", anonymous=True),
        Item(7, "A Liberal spokeswoman", anonymous=True),
        Item(8, "Eero Lind", relation="statement"),
        Item(9, "Katja Brenner"),
        Item(10, "Havelburger Tagblatt poll", relation="according_to"),
        Item(11, "Henrik Aalto"),
    ],
    {
        1: "negated",  # did not say
        2: "non_reporting",  # a belief
    },
)

HOSPITAL = Article(
    "ns7-local-hospital-letter",
    "local health story: a consultant's letter quoted over two paragraphs, 'wrote', 'said in an email', a patient reached by phone, a quotation opening a paragraph with 'That was the message from ...', present-tense 'says', 'according to', a hashtag slogan",
    """\
Families urged to stay away from Kingsmere A&E as winter pressures bite

⟦q1|“Please only come to A&E if it is a real emergency.”⟧ That was the ⟦c1|message⟧ from ⟦s1|Kingsmere General Hospital⟧ on Monday after its emergency department declared a critical incident for the second time this month.

⟦q2|Patients waited up to 19 hours for a bed over the weekend⟧, ⟦c2|according to⟧ ⟦s2|figures seen by the Kingsmere Post⟧.

In a letter to GPs across the county, ⟦s3|the hospital’s clinical director for emergency medicine, Dr Femi Adeyinka⟧, ⟦c3|wrote⟧: ⟦q3|“My staff are working as hard as I have ever seen anyone work.

“But we have 70 patients in the hospital who are well enough to go home and nowhere for them to go. Until that changes, the queue at the front door will not go away.”⟧

⟦s4|A spokesperson for the county council⟧, which pays for most home care, ⟦c4|said⟧ in an email ⟦q4|that it had found 40 extra care places since November and was working with the hospital “every day”⟧.

⟦q5|“I sat on a plastic chair for eleven hours with a broken hip,”⟧ ⟦c5|said⟧ ⟦s5|Maureen Tully⟧, 82, who was admitted on Saturday night. ⟦q5|“The nurses were wonderful. There just weren’t enough of them.”⟧

Her son, ⟦s6|Kevin Tully⟧, ⟦c6|said⟧ by phone ⟦q6|that he had complained to the hospital⟧ but ⟦q6|did not blame the staff⟧. ⟦q7|“They apologised to us every time they walked past,”⟧ ⟦s7|he⟧ ⟦c7|said⟧. ⟦q7|“You could see it was killing them.”⟧

⟦s8|Dr Adeyinka⟧ now ⟦c8|says⟧ ⟦q8|the hospital will open a second discharge lounge next week⟧. ⟦n1|He hopes it will free up 15 beds a day.⟧

⟦s9|⟦s10|Local MP Jo Whitford⟧⟧ ⟦c9|said⟧ ⟦q9|she had written to the health secretary asking for emergency funding⟧, and ⟦c10|called⟧ ⟦q10|the weekend’s waits “a disgrace for a country as rich as ours.”⟧

Supporters of the hospital have been sharing the hashtag ⟦n2|#ThankYouKingsmere⟧ online. ⟦q11|More than 300 messages had been left on the hospital’s Facebook page by Monday evening⟧, ⟦c11|according to⟧ ⟦s11|the trust⟧.
""",
    [
        Item(1, "Kingsmere General Hospital"),
        Item(2, "figures seen by the Kingsmere Post", relation="according_to"),
        Item(3, "Femi Adeyinka", relation="wrote"),
        Item(4, "county council spokesperson", anonymous=True),
        Item(5, "Maureen Tully"),
        Item(6, "Kevin Tully"),
        Item(7, "Kevin Tully"),
        Item(8, "Femi Adeyinka"),
        Item(9, "Jo Whitford"),
        Item(10, "Jo Whitford"),
        Item(11, "the trust", relation="according_to"),
    ],
    {
        1: "non_reporting",  # a hope
        2: "slogan",  # a hashtag
    },
)

ARTICLES = [COALITION, HOSPITAL]
