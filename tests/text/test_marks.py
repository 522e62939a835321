"""Quote-mark pairing on raw text: no model needed."""

import pytest

from quotex.text.marks import find_quote_spans, split_paragraphs


def quoted(text):
    return [text[p.start : p.end] for p in find_quote_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We will win,” she said.", ["“We will win,”"]),
        ("He said ‘it’s over’ today.", ["‘it’s over’"]),  # apostrophe inside a single-quoted quote
        ("Russia’s army and Jones’ dog ‘barked’.", ["‘barked’"]),
        ('He said "yes" and then "no".', ['"yes"', '"no"']),
        ("''Hello,'' he said.", ["''Hello,''"]),  # typewriter double quotes (NYT)
        ("« Bonjour », dit-il.", ["« Bonjour »"]),
        ("„Guten Tag“, sagte er.", ["„Guten Tag“"]),
        ("The ’90s were ‘wild’.", ["‘wild’"]),
        ('A 12" pipe was "fine".', ['"fine"']),
    ],
)
def test_pairs_marks_of_each_style(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "'We won't touch the Joneses' plan,' said Ms Smith. 'It's the workers' money.'",
            ["'We won't touch the Joneses' plan,'", "'It's the workers' money.'"],
        ),
        ("‘It’s the workers’ money,’ she said.", ["‘It’s the workers’ money,’"]),
        # apostrophes inside words between the possessive and the close
        (
            "He said: 'The residents' concerns haven't been heard, and we're the ones who'll pay.'",
            ["'The residents' concerns haven't been heard, and we're the ones who'll pay.'"],
        ),
        # a quoted word ending in s before more words closes: the next mark opens
        ("He called them 'thugs' and told them 'go home.'", ["'thugs'", "'go home.'"]),
    ],
)
def test_plural_possessive_inside_a_single_quoted_sentence_is_an_apostrophe(text, expected):
    assert quoted(text) == expected


def test_inner_quote_stays_inside_outer_quote():
    text = "“He told me ‘never again’ and left,” she said."
    assert quoted(text) == ["“He told me ‘never again’ and left,”"]


def test_typewriter_triple_closes_inner_then_outer():
    text = "''They say, 'The port is different,''' Mr. Hart said. ''It is not true.''"
    assert quoted(text) == ["''They say, 'The port is different,'''", "''It is not true.''"]


def test_multi_paragraph_quote_is_one_span_with_a_piece_per_paragraph():
    text = "“First paragraph of the quote.\n\n“Second paragraph, closing it.”\n\nShe said."
    (pair,) = find_quote_spans(text)
    assert text[pair.start : pair.end] == "“First paragraph of the quote.\n\n“Second paragraph, closing it.”"
    assert pair.paragraphs == 2
    assert [text[s:e] for s, e in pair.pieces] == ["First paragraph of the quote.", "Second paragraph, closing it."]


def test_a_quote_runs_on_only_into_a_paragraph_opening_with_its_own_mark():
    # an excerpt pasted in straight marks around the article's own curly ones: the curly
    # paragraph is a quote of its own, not the excerpt's last paragraph
    text = (
        'The report said:\n\n"The mayor left early. Aides were “furious” about it.\n\n'
        "“We were not told,” one aide said.\n\n“Nor were we,” said another."
    )
    pairs = find_quote_spans(text)
    assert [text[p.start : p.end] for p in pairs] == [
        '"The mayor left early. Aides were “furious” about it.',
        "“We were not told,”",
        "“Nor were we,”",
    ]
    assert [p.closed for p in pairs] == [False, True, True]
    straight = 'Lee wrote:\n\n"The mayor left early.\n\n"Aides were furious."\n\nThat was all.'
    (pair,) = find_quote_spans(straight)
    assert pair.paragraphs == 2 and pair.closed


def test_unclosed_quote_ends_at_its_paragraph_and_is_marked_recovered():
    text = "“This never closes.\n\nA normal paragraph. “This one does.”"
    pairs = find_quote_spans(text)
    assert [text[p.start : p.end] for p in pairs] == ["“This never closes.", "“This one does.”"]
    assert [p.closed for p in pairs] == [False, True]


def test_stray_closing_mark_is_ignored_not_raised():
    text = "Nothing open here” but “this is fine.”"
    assert quoted(text) == ["“this is fine.”"]


def test_only_unbalanced_marks_give_no_quotes_and_no_error():
    assert find_quote_spans("” ’ ” ' \"") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a spaced-off closer after the words' final punctuation still closes
        ("\"It cannot be 'move to the center,' \" she said.", ["\"It cannot be 'move to the center,' \""]),
        ("''He built coalitions, '' said Mr. Gunnels.", ["''He built coalitions, ''"]),
        # with nothing open, or after a word, a free-standing mark closes nothing
        ('A " stray mark and "a quote".', ['"a quote"']),
    ],
)
def test_free_standing_marks(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # web text sets no-break and thin spaces around marks, and the straight marks open
        # and close by what stands beside them
        ('"They sue," he said.\xa0"Everybody sues, right?"', ['"They sue,"', '"Everybody sues, right?"']),
        ("He said\u2009'no' twice.", ["'no'"]),
        # the quotation dash (horizontal bar) stands beside a mark like any other dash
        ('"We won."―Ann Lee', ['"We won."']),
    ],
)
def test_any_white_space_or_dash_beside_a_mark_is_a_gap(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the space after a comma or colon left out before an opening mark
        ('Rep. Tom Hart:"Who told you that?"', ['"Who told you that?"']),
        ('He said,"We won." Then he left.', ['"We won."']),
        (":''We won,'' he said.", ["''We won,''"]),
        # and after the closing one: "…,"he said
        ('"We won,"Ann Lee said. "We will win again."', ['"We won,"', '"We will win again."']),
        # a single mark there is an apostrophe as often: left alone
        ("Rock,'n' roll", []),
    ],
)
def test_a_straight_double_mark_glued_after_a_comma_or_colon_opens_or_closes(text, expected):
    assert quoted(text) == expected


def test_glued_straight_quotes_are_not_quotes():
    # the seed's retyped caption: as'fake' and'lies' has no real quote marks
    assert quoted("described it as'fake' and'lies'") == []


def test_paragraphs_are_lines_unless_the_text_is_hard_wrapped():
    assert len(split_paragraphs("One.\nTwo.\n\nThree.")) == 3
    wrapped = "\n".join(["word " * 13] * 12) + "\n\n" + "\n".join(["more " * 13] * 12)
    assert len(split_paragraphs(wrapped)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "”… what I learned is that the bridge must close,” she said.",
        "Lee spoke.\n\n” … what I learned is that the bridge must close,” she said.",
    ],
)
def test_a_closer_typed_before_an_ellipsis_that_opens_cut_words_opens_the_quote(text):
    # words cut at their start open with an ellipsis; a closing mark typed there opens
    assert quoted(text) == [text[text.index("”") : text.index(",”") + 2]]
