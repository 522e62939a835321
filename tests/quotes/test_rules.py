"""The attribution layouts as data: each one's example fires it, and the README lists the rules."""

import os
import re

import pytest

from quotex.extract import extract_article
from quotex.quotes.rules import STAGES, all_layouts, all_rules
from quotex.readers import Source

README = os.path.join(os.path.dirname(__file__), "..", "..", "README.md")


def fired(nlp, text):
    """(layout, rule) behind each quote extracted from `text`."""
    layouts: list[str] = []
    article = extract_article(nlp(text), Source("example", None, text), layouts=layouts)
    return list(zip(layouts, (quote.rule for quote in article.quotes), strict=True))


@pytest.mark.model
@pytest.mark.parametrize("layout", all_layouts(), ids=lambda layout: layout.name)
def test_each_layouts_example_is_attributed_by_that_layout_with_its_rule(nlp, layout):
    assert (layout.name, layout.rule.name) in fired(nlp, layout.example)


def test_layout_names_are_unique_and_every_rule_has_a_layout():
    names = [layout.name for layout in all_layouts()]
    assert len(names) == len(set(names))
    assert {layout.rule.name for layout in all_layouts()} == {rule.name for rule in all_rules()}


def test_confidences_are_probabilities_ordered_as_documented():
    for rule in all_rules():
        assert 0.0 <= rule.confidence <= 1.0, rule.name
    unattributed = next(rule for rule in all_rules() if rule.name == "unattributed")
    assert unattributed.confidence == 0.0


def test_the_stages_run_in_the_documented_order():
    assert [stage for stage, _ in STAGES] == [
        "page",
        "own sentence",
        "carried",
        "last resort",
        "reported",
        "within a report",
    ]


def test_readme_lists_the_rules_of_the_registry_in_order():
    with open(README, encoding="utf-8") as handle:
        text = handle.read()
    section = text[text.index("### Attribution rules") :]
    section = section[: section.index("\n#", 5)]
    listed = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.M)
    assert listed == [rule.name for rule in all_rules()]


def test_words_lifted_into_a_link_to_a_video_are_a_heading(extract):
    text = (
        'The river burst its banks. "The water came fast," said Paul Grant.\n\n'
        "WATCH: 'It was terrifying' - residents describe the flood"
    )
    article = extract(text)
    assert [(q.type, q.text) for q in article.quotes] == [("direct", "The water came fast")]
    assert [(t.reason, t.text) for t in article.terms] == [("heading", "It was terrifying")]
