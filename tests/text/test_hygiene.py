"""Boilerplate and repeated paragraphs: no model needed."""

from quotex.text.hygiene import find_skipped_ranges
from quotex.text.marks import split_paragraphs


def skipped_texts(text):
    return [(text[r.start : r.end], r.reason) for r in find_skipped_ranges(text, split_paragraphs(text))]


def test_site_template_lines_are_skipped():
    text = "A story.\n\nPrevious articleSomething ‘quoted’ else\nNext articleMore\n\nPlease enter your comment!"
    reasons = [reason for _, reason in skipped_texts(text)]
    assert reasons == ["boilerplate", "boilerplate", "boilerplate"]


def test_repeated_caption_is_skipped_even_retyped_with_other_marks():
    first = "In an interview, Peskov described the footage as ‘fake’ and ‘lies’."
    again = "In an interview, Peskov described the footage as'fake' and'lies'"
    text = f"{first}\n\n{again}\n\nOther text."
    assert skipped_texts(text) == [(again, "duplicate")]


def test_short_repeated_lines_are_kept():
    text = "“No.”\n\nHe paused.\n\n“No.”"
    assert skipped_texts(text) == []


def test_breadcrumb_running_into_the_headline_is_skipped():
    text = "Home U.S Mayor says ‘no’\n\nMayor says ‘no’\n\nBody."
    assert skipped_texts(text) == [("Home U.S Mayor says ‘no’", "breadcrumb")]


def test_article_opening_with_the_word_home_is_kept():
    text = "Home prices rose 5% in March, the agency said.\n\nMore."
    assert skipped_texts(text) == []


def test_a_picture_s_credit_is_skipped_and_the_sentence_before_it_kept():
    text = (
        "Lee scored twice before the break. (Image: Tom Ward)\n\n"
        "Photo: Mary Hart\n\n"
        "A picture by Ann Cole (the mayor's aunt) hangs in the hall."
    )
    assert skipped_texts(text) == [("(Image: Tom Ward)", "credit"), ("Photo: Mary Hart", "credit")]


def test_a_map_legend_s_colour_keys_are_skipped():
    text = (
        "Fighting went on near the border.\n\n"
        "\u2588\u2588\u00a0Government forces\n\n"
        "\u2588\u2588 Northern Alliance\n\n"
        "The Northern Alliance said it held the town."
    )
    assert skipped_texts(text) == [
        ("\u2588\u2588\u00a0Government forces", "legend"),
        ("\u2588\u2588 Northern Alliance", "legend"),
    ]


def test_a_line_crediting_the_newsroom_s_staff_is_skipped():
    credits = [
        "Reporting by Ann Lee in London; Editing by Tom Ward",
        "(Additional reporting by Mary Hart in Paris; Writing by Ann Lee)",
        "Associated Press writers Ann Lee and Tom Ward contributed to this report.",
        "Staff writer Mary Hart contributed.",
        "Contact reporter Ann Lee at alee@ledger.example or 555-0100.",
        "Follow Tom Ward on Twitter @tomward.",
    ]
    kept = [
        "Residents of the town contributed to the fund.",  # a sentence of reporting
        "Reporters asked Ann Lee about the editing by the council.",
        "Contact your local office at once, Ann Lee said.",
    ]
    text = "\n\n".join(["The council met on Monday.", *credits, *kept])
    assert skipped_texts(text) == [(credit, "staff credit") for credit in credits]


def test_a_byline_is_skipped_as_the_newsroom_s_credit():
    bylines = [
        "By Kate Marsh, Environment correspondent",
        "By ANN LEE and TOM WARD | Associated Press",
        "By Tom Ward for the Riverside Gazette",
    ]
    kept = [
        "By Monday, the plan had collapsed.",  # a sentence of reporting
        "By 61%-30%, the voters asked said the fund should stay.",
        "By the end of the year the bridge will open.",
    ]
    text = "\n\n".join(["Flood defences fail", *bylines, *kept])
    assert skipped_texts(text) == [(byline, "staff credit") for byline in bylines]


def test_site_template_labels_alone_in_a_paragraph_are_skipped():
    text = (
        "A story.\n\nMost read\n\nMost readers stayed home.\n\nShare this with Facebook Twitter Email\n\nRelated Topics"
    )
    assert skipped_texts(text) == [
        ("Most read", "boilerplate"),
        ("Share this with Facebook Twitter Email", "boilerplate"),
        ("Related Topics", "boilerplate"),
    ]


def test_a_pull_quote_repeating_an_earlier_quote_is_skipped():
    said = "“For a lot of children this is the only quiet place to do homework,” said Rachel Hume."
    pulled = "“For a lot of children this is the only quiet place to do homework”"
    text = f"Campaigners are angry.\n\n{said}\n\nThe council says it must save money.\n\n{pulled}\n\nMore."
    assert skipped_texts(text) == [(pulled, "duplicate")]


def test_a_quote_paragraph_of_new_words_is_kept_and_so_is_prose_repeating_a_quote():
    said = "“For a lot of children this is the only quiet place to do homework,” said Rachel Hume."
    new = "“Nothing is final until the cabinet votes in January on the plan”"
    prose = "For a lot of children this is the only quiet place to do homework"  # no marks: not pulled
    text = f"{said}\n\n{new}\n\n{prose}"
    assert skipped_texts(text) == []
