"""Entity cleaning, merging and retyping, on Docs built by hand (no trained model)."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
import pytest
import spacy
from spacy.tokens import Doc, Span

from quotex.entities import find_entities, not_a_named_thing
from quotex.gazetteer import lookup_place, state_by_postal_code
from quotex.text.hygiene import SkippedRange
from quotex.text.marks import split_paragraphs
from quotex.text.transcripts import find_speaker_labels


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make_doc(vocab, words, ents, spaces=None):
    """words: list of tokens; ents: (start_token, end_token, label)."""
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def proper_noun_doc(vocab, words, ents):
    """words: a sentence split on spaces, its capitalised words proper nouns and the rest
    verbs; ents: (start_token, end_token, label), and none at all means the model tagged
    nothing (every token outside an entity)."""
    tokens = words.split()
    doc = Doc(vocab, words=tokens, pos=["PROPN" if word[0].isupper() else "VERB" for word in tokens])
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def parsed_doc(vocab, rows, ents, lemma=None):
    """rows: (word, head index, dep, pos) per token; ents: (start_token, end_token, label);
    lemma: a function of (word, pos) giving each token's lemma, for rules that read them."""
    words, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    lemmas = [lemma(word, tag) for word, tag in zip(words, pos, strict=True)] if lemma else None
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def names(index, label=None):
    return sorted((c.name, len(c.mentions)) for c in index.clusters if label is None or c.label == label)


def test_surname_and_title_mentions_merge_into_the_full_name(vocab):
    words = "Dmitry Peskov spoke . Mr Peskov said Peskov ’s team agreed .".split()
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (5, 6, "PERSON"), (7, 9, "PERSON")])
    index = find_entities(doc, [])
    assert names(index, "PERSON") == [("Dmitry Peskov", 3)]
    (person,) = index.people()
    assert person.gender == "m"  # from "Mr"
    assert [m.text for m in person.mentions] == ["Dmitry Peskov", "Peskov", "Peskov"]  # possessive stripped


def test_another_name_a_person_is_known_as_is_theirs(vocab):
    words = "Mohammed bin Salman , known as MBS , spoke . MBS agreed .".split()
    doc = make_doc(vocab, words, [(0, 3, "PERSON"), (6, 7, "ORG"), (10, 11, "ORG")])
    index = find_entities(doc, [])
    assert names(index) == [("Mohammed bin Salman", 3)]


@pytest.mark.parametrize(
    ("words", "person"),
    [
        ("Yoon Suk Yeol met them .", "Yoon Suk Yeol"),  # a surname written first, two given syllables
        ("Ann Lee Smith met them .", "Ann Lee"),  # a given name and a surname: not the next word
    ],
)
def test_a_second_given_syllable_the_model_left_out_is_the_name_s(vocab, words, person):
    doc = proper_noun_doc(vocab, words, [(0, 2, "PERSON")])
    assert [name for name, _ in names(find_entities(doc, []), "PERSON")] == [person]


@pytest.mark.parametrize(
    ("words", "ents", "people"),
    [
        # the model left the name after an honorific untagged
        ("Dame Vera Lynn 's daughter spoke .", [], [("Vera Lynn", 1)]),
        # a peer's title in apposition is the same person
        ("Colin Sutherland , Lord Carloway , ruled .", [(0, 2, "PERSON")], [("Colin Sutherland", 2)]),
        # a way of addressing someone, a title after the honorific, a name that goes on
        ("Madame Chair , delegates , friends .", [], []),
        ("Mr Justice Fordham ruled .", [], []),
        ("They sailed to Lord Howe Island .", [], []),
        # a surname that is also a place's word, alone
        ("Mr Park spoke .", [], [("Park", 1)]),
    ],
)
def test_a_name_after_an_honorific_is_a_person_s(vocab, words, ents, people):
    doc = proper_noun_doc(vocab, words, ents)
    index = find_entities(doc, [])
    assert names(index, "PERSON") == people
    if people == [("Vera Lynn", 1)]:
        assert index.people()[0].gender == "f"  # a dame


def test_spelling_variants_of_one_surname_merge(vocab):
    words = "Volodymyr Zelenskyy said . Zelensky added .".split()
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (4, 5, "PERSON")])
    assert names(find_entities(doc, []), "PERSON") == [("Volodymyr Zelenskyy", 2)]


@pytest.mark.parametrize(
    ("words", "ents", "found"),
    [
        # a surname of two words, with or without its accents, is the person named in full
        (
            "Andrés Manuel López Obrador spoke . López Obrador said no . Lopez Obrador left .",
            [(0, 4, "PERSON"), (6, 8, "PERSON"), (11, 13, "PERSON")],
            [("Andrés Manuel López Obrador", 3)],
        ),
        ("Aung San Suu Kyi spoke . Suu Kyi said no .", [(0, 4, "PERSON"), (6, 8, "PERSON")], [("Aung San Suu Kyi", 2)]),
        # and so is a middle name and a surname
        (
            "Keith Lamont Scott died . Lamont Scott was 43 .",
            [(0, 3, "PERSON"), (5, 7, "PERSON")],
            [("Keith Lamont Scott", 2)],
        ),
        # "bin" opens a surname written alone
        ("Osama bin Laden hid . bin Laden died .", [(0, 3, "PERSON"), (5, 7, "PERSON")], [("Osama bin Laden", 2)]),
        # a full name is no tail of a longer one the model ran a word into
        (
            "Crooked Hillary Clinton , he said . Hillary Clinton spoke .",
            [(0, 3, "PERSON"), (7, 9, "PERSON")],
            [("Crooked Hillary Clinton", 1), ("Hillary Clinton", 1)],
        ),
        # the model's "work of art" after a quote is the two-word surname of someone named
        (
            "Andrés Manuel López Obrador spoke . López Obrador told reporters .",
            [(0, 4, "PERSON"), (6, 8, "WORK_OF_ART")],
            [("Andrés Manuel López Obrador", 2)],
        ),
    ],
)
def test_a_surname_of_two_words_is_the_person_named_in_full(vocab, words, ents, found):
    assert names(find_entities(make_doc(vocab, words.split(), ents), []), "PERSON") == found


def test_same_surname_different_first_names_stay_apart(vocab):
    words = "Hillary Clinton met Bill Clinton . Later Clinton spoke .".split()
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 8, "PERSON")])
    index = find_entities(doc, [])
    assert names(index, "PERSON") == [("Bill Clinton", 2), ("Hillary Clinton", 1)]  # nearest full name wins


def test_a_surname_goes_on_about_the_person_not_the_relative_brought_in_by_kinship(vocab):
    tokens = "Ann Lee won . Her husband , Tom Lee , spoke . Later Lee spoke .".split()
    doc = make_doc(vocab, tokens, [(0, 2, "PERSON"), (7, 9, "PERSON"), (13, 14, "PERSON")])
    assert names(find_entities(doc, []), "PERSON") == [("Ann Lee", 2), ("Tom Lee", 1)]


def test_a_relative_s_title_between_the_kinship_word_and_the_name_is_read_past(extract):
    text = "Ann Lee won the vote on Tuesday. Her husband, former judge Tom Lee, joined her. Lee thanked the voters."
    people = {person.name: len(person.mentions) for person in extract(text).people}
    assert people == {"Ann Lee": 2, "Tom Lee": 1}


def test_lone_surname_tagged_as_organisation_or_place_is_the_person_named_in_full(vocab):
    words = "Ann Hartwell spoke . Later Hartwell said the Hartwell PAC and NATO agreed . Hartwell won .".split()
    ents = [(0, 2, "PERSON"), (5, 6, "ORG"), (8, 10, "ORG"), (11, 12, "ORG"), (14, 15, "GPE")]
    index = find_entities(make_doc(vocab, words, ents), [])
    assert names(index, "PERSON") == [("Ann Hartwell", 3)]
    assert names(index, "ORG") == [("Hartwell PAC", 1), ("NATO", 1)]  # longer names stay organisations


@pytest.mark.parametrize(
    ("dep", "linked"),
    [
        ("nsubj", True),  # "Priya nodded": the given name alone of the one person named in full
        ("dobj", False),  # not elsewhere: "met Priya" may be anyone of that name
    ],
)
def test_an_untagged_given_name_as_a_subject_is_the_person_named_in_full(vocab, dep, linked):
    words = "Priya Patel runs the shop . Priya nodded .".split()
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    deps = ["compound", "nsubj", "ROOT", "det", "dobj", "punct", dep, "ROOT", "punct"]
    heads = [1, 2, 2, 4, 2, 2, 7, 7, 7]
    doc = Doc(vocab, words=words, pos=pos, deps=deps, heads=heads)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert names(find_entities(doc, []), "PERSON") == [("Priya Patel", 2 if linked else 1)]


@pytest.mark.parametrize(
    ("after", "linked"),
    [
        (":", True),  # "Hartwell: We will fix the bridge": a headline gives who speaks
        ("rules", False),  # opening a sentence, not its subject: a word, as far as we know
    ],
)
def test_an_untagged_surname_opening_a_headline_before_its_colon_is_the_person(vocab, after, linked):
    words = ["Hartwell", after, "We", "win", "\n\n", "Ann", "Hartwell", "spoke", "."]
    pos = ["NOUN", "PUNCT" if after == ":" else "VERB", "PRON", "VERB", "SPACE", "PROPN", "PROPN", "VERB", "PUNCT"]
    deps = ["dep", "punct" if after == ":" else "ROOT", "nsubj", "ROOT", "dep", "compound", "nsubj", "ROOT", "punct"]
    heads = [3, 3, 3, 3, 3, 6, 7, 7, 7]
    sent_starts = [True, False, False, False, False, True, False, False, False]
    doc = Doc(vocab, words=words, pos=pos, deps=deps, heads=heads, sent_starts=sent_starts)
    doc.ents = [Span(doc, 5, 7, label="PERSON")]
    assert names(find_entities(doc, []), "PERSON") == [("Ann Hartwell", 2 if linked else 1)]


def test_surname_that_is_also_a_small_town_is_the_person_but_a_big_city_stays_a_place(vocab):
    words = "Marco Rubio met Jack London . Rubio flew to London .".split()
    ents = [(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "GPE"), (9, 10, "GPE")]
    index = find_entities(make_doc(vocab, words, ents), [])
    assert names(index, "PERSON") == [("Jack London", 1), ("Marco Rubio", 2)]
    assert names(index, "GPE") == [("London", 1)]


def test_untagged_surname_of_a_named_person_is_one_more_mention(vocab):
    words = "Ann Hartwell spoke . Later Hartwell said a Hartwell aide called .".split()
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PROPN", "VERB", "DET", "PROPN", "NOUN", "VERB", "PUNCT"]
    deps = [
        "compound",
        "nsubj",
        "ROOT",
        "punct",
        "advmod",
        "nsubj",
        "ROOT",
        "det",
        "compound",
        "nsubj",
        "ROOT",
        "punct",
    ]
    heads = [1, 2, 2, 2, 6, 6, 6, 9, 9, 10, 10, 10]
    doc = Doc(vocab, words=words, pos=pos, deps=deps, heads=heads)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    (person,) = find_entities(doc, []).people()
    assert [m.text for m in person.mentions] == ["Ann Hartwell", "Hartwell"]  # not the modifier in "a Hartwell aide"
    assert person.mentions[1].start == doc[5].idx


@pytest.mark.parametrize("dep, linked", [("nsubj", True), ("npadvmod", False)])
def test_untagged_surname_opening_a_sentence_is_the_person_only_as_its_subject(vocab, dep, linked):
    # "Ann Hartwell spoke . Hartwell often questions the plan .", the tagger calling the
    # sentence's first word a common noun
    rows = [
        ("Ann", 1, "compound", "PROPN"),
        ("Hartwell", 2, "nsubj", "PROPN"),
        ("spoke", 2, "ROOT", "VERB"),
        (".", 2, "punct", "PUNCT"),
        ("Hartwell", 6, dep, "NOUN"),
        ("often", 6, "advmod", "ADV"),
        ("questions", 6, "ROOT", "VERB"),
        ("the", 8, "det", "DET"),
        ("plan", 6, "dobj", "NOUN"),
        (".", 6, "punct", "PUNCT"),
    ]
    doc = parsed_doc(vocab, rows, [(0, 2, "PERSON")])
    (person,) = find_entities(doc, []).people()
    assert (doc[4].idx in [m.start for m in person.mentions]) is linked


def test_untagged_surname_in_a_headline_before_the_full_name_is_that_person(vocab):
    words = "Hartwell wins . Ann Hartwell spoke .".split()
    doc = Doc(vocab, words=words, pos=["PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"])
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    (person,) = find_entities(doc, []).people()
    assert sorted((m.start, m.text) for m in person.mentions) == [(0, "Hartwell"), (16, "Ann Hartwell")]


def test_towns_tagged_as_organisations_become_places_with_coordinates(vocab):
    words = "Troops left Bucha and Mariupol . Bucha was shelled .".split()
    doc = make_doc(vocab, words, [(2, 3, "ORG"), (4, 5, "ORG"), (6, 7, "GPE")])
    index = find_entities(doc, [])
    places = {c.name: c for c in index.clusters if c.label == "GPE"}
    assert set(places) == {"Bucha", "Mariupol"} and len(places["Bucha"].mentions) == 2
    assert places["Bucha"].place.country_code == "UA"
    assert places["Mariupol"].place.latitude == pytest.approx(47.1, abs=0.2)
    assert not [c for c in index.clusters if c.label == "ORG"]


def test_country_spellings_are_one_place(vocab):
    words = "The U.S. and the United States and America .".split()
    doc = make_doc(vocab, words, [(1, 2, "GPE"), (4, 6, "GPE"), (7, 8, "GPE")])
    assert names(find_entities(doc, []), "GPE") == [("United States", 3)]


def test_acronym_merges_with_its_long_form(vocab):
    words = "The United Nations met . The U.N. voted .".split()
    doc = make_doc(vocab, words, [(1, 3, "ORG"), (6, 7, "ORG")])
    assert names(find_entities(doc, []), "ORG") == [("United Nations", 2)]


def test_acronym_introduced_in_parentheses_merges(vocab):
    words = "The Islamic State ( ISIS ) attacked . ISIS fled .".split()
    doc = make_doc(vocab, words, [(1, 3, "ORG"), (4, 5, "ORG"), (8, 9, "ORG")])
    assert names(find_entities(doc, []), "ORG") == [("Islamic State", 3)]


def test_the_agency_credited_in_a_dateline_is_no_short_name(vocab):
    words = "UNITED NATIONS ( AP ) — The United Nations met . AP reported it .".split()
    doc = make_doc(vocab, words, [(0, 2, "ORG"), (3, 4, "ORG"), (7, 9, "ORG"), (11, 12, "ORG")])
    # and the name is the one written as a name is, not set in capitals
    assert names(find_entities(doc, []), "ORG") == [("AP", 2), ("United Nations", 2)]


def test_a_bracket_the_model_left_open_is_not_part_of_an_organisation_s_name(vocab):
    # the model's span "The World Health Organization (WHO", with the acronym used later
    words = "The World Health Organization ( WHO ) met . WHO said .".split()
    doc = make_doc(vocab, words, [(0, 6, "ORG"), (9, 10, "ORG")])
    assert names(find_entities(doc, []), "ORG") == [("World Health Organization", 2)]


def test_a_bracket_in_a_person_s_name_is_the_editor_s(vocab):
    words = "When George ( W. Bush ) was president .".split()
    doc = make_doc(vocab, words, [(1, 5, "PERSON")])
    assert [person.name for person in find_entities(doc, []).people()] != ["George"]


@pytest.mark.parametrize(
    ("words", "span", "expected"),
    [
        # a poll's sponsors, written with a slash: two bodies
        ("A New York Times / CBS News poll found it .", (1, 7), [("CBS News", 1), ("New York Times", 1)]),
        ("Fans of AC / DC came .", (2, 5), [("AC/DC", 1)]),  # parts of two letters: one name
    ],
)
def test_bodies_joined_by_a_slash_are_each_their_own(vocab, words, span, expected):
    tokens = words.split()
    spaces = [token != "/" and (i + 1 == len(tokens) or tokens[i + 1] != "/") for i, token in enumerate(tokens)]
    doc = make_doc(vocab, tokens, [(*span, "ORG")], spaces=spaces)
    assert sorted(names(find_entities(doc, []), "ORG")) == expected


def test_shorter_name_of_an_organisation_merges_with_the_full_name(vocab):
    words = "The United Nations General Assembly voted . The General Assembly adjourned .".split()
    doc = make_doc(vocab, words, [(1, 5, "ORG"), (8, 10, "ORG")])
    assert names(find_entities(doc, []), "ORG") == [("United Nations General Assembly", 2)]


def test_one_thing_keeps_one_label_by_majority(vocab):
    words = "Acme Corp said . Acme Corp grew . Acme Corp fell .".split()
    doc = make_doc(vocab, words, [(0, 2, "ORG"), (4, 6, "ORG"), (8, 10, "PERSON")])
    index = find_entities(doc, [])
    assert [(c.label, len(c.mentions)) for c in index.clusters] == [("ORG", 3)]


def test_demonym_tagged_as_place_is_not_a_place(vocab):
    words = "Ukrainian officials met .".split()
    doc = make_doc(vocab, words, [(0, 1, "GPE")])
    assert find_entities(doc, []).clusters == []
    assert names(find_entities(doc, [], labels=["NORP"]), "NORP") == [("Ukrainian", 1)]


def test_junk_spans_are_dropped(vocab):
    words = ["described", "it", "as'fake", "and", "lies"]
    doc = make_doc(vocab, words, [(2, 3, "PERSON")])
    assert find_entities(doc, []).clusters == []


def test_mentions_in_skipped_ranges_are_ignored(vocab):
    words = "Peskov spoke . Previous article about Harry".split()
    doc = make_doc(vocab, words, [(0, 1, "PERSON"), (6, 7, "PERSON")])
    skipped = [SkippedRange(doc[3].idx, len(doc.text), "boilerplate")]
    assert names(find_entities(doc, skipped), "PERSON") == [("Peskov", 1)]


def test_ids_follow_first_mention(vocab):
    words = "Kyiv said Ann Lee and Tom Hart met at Acme .".split()
    doc = make_doc(vocab, words, [(0, 1, "GPE"), (2, 4, "PERSON"), (5, 7, "PERSON"), (9, 10, "ORG")])
    index = find_entities(doc, [])
    assert [(c.id, c.name) for c in index.clusters] == [
        ("l1", "Kyiv"),
        ("p1", "Ann Lee"),
        ("p2", "Tom Hart"),
        ("o1", "Acme"),
    ]


def test_surname_that_is_also_a_nationality_is_the_person_but_not_as_an_adjective(vocab):
    # "Mark Cuban spoke. Cuban said so. Cuban voters cheered."
    words = ["Mark", "Cuban", "spoke", ".", "Cuban", "said", "so", ".", "Cuban", "voters", "cheered", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 5, 9, 10, 10, 10]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct", "amod", "nsubj", "ROOT", "punct"]
    tags = ["NNP", "NNP", "VBD", ".", "NNP", "VBD", "RB", ".", "JJ", "NNS", "VBD", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="NORP"), Span(doc, 8, 9, label="NORP")]
    index = find_entities(doc, [])
    assert names(index, "PERSON") == [("Mark Cuban", 2)]


# Michelle Obama said she won . Barack Obama spoke . Mrs Obama smiled . Mr Obama left .
OBAMAS = [
    ("Michelle", 1, "compound", "PROPN"),
    ("Obama", 2, "nsubj", "PROPN"),
    ("said", 2, "ROOT", "VERB"),
    ("she", 4, "nsubj", "PRON"),
    ("won", 2, "ccomp", "VERB"),
    (".", 2, "punct", "PUNCT"),
    ("Barack", 7, "compound", "PROPN"),
    ("Obama", 8, "nsubj", "PROPN"),
    ("spoke", 8, "ROOT", "VERB"),
    (".", 8, "punct", "PUNCT"),
    ("Mrs", 11, "compound", "PROPN"),
    ("Obama", 12, "nsubj", "PROPN"),
    ("smiled", 12, "ROOT", "VERB"),
    (".", 12, "punct", "PUNCT"),
    ("Mr", 15, "compound", "PROPN"),
    ("Obama", 16, "nsubj", "PROPN"),
    ("left", 16, "ROOT", "VERB"),
    (".", 16, "punct", "PUNCT"),
]


def test_titled_surname_goes_to_the_person_of_that_gender_not_the_nearest(vocab):
    doc = parsed_doc(vocab, OBAMAS, [(0, 2, "PERSON"), (6, 8, "PERSON"), (11, 12, "PERSON"), (15, 16, "PERSON")])
    mentions = {c.name: [m.start for m in c.mentions] for c in find_entities(doc, []).people()}
    mrs, mr = doc[11].idx, doc[15].idx
    assert mentions == {"Michelle Obama": [0, mrs], "Barack Obama": [doc[6].idx, mr]}


def test_titled_surname_of_the_other_gender_than_the_only_full_name_is_someone_else(vocab):
    rows = OBAMAS[:6] + OBAMAS[14:]  # Michelle Obama said she won . Mr Obama left .
    rows = [(word, head - 8 if index >= 6 else head, dep, pos) for index, (word, head, dep, pos) in enumerate(rows)]
    doc = parsed_doc(vocab, rows, [(0, 2, "PERSON"), (7, 8, "PERSON")])
    assert names(find_entities(doc, []), "PERSON") == [("Michelle Obama", 1), ("Obama", 1)]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Kiev", "Kyiv"),  # an older spelling of a big city
        ("Bombay", "Mumbai"),
        ("El Cairo", "Cairo"),  # a respelling that keeps a word of the name
        ("New York", "New York City"),
        # another city's name among a big city's alternates is still that city's
        ("Islamabad", "Islamabad"),  # not Chattogram
        ("Zaragoza", "Zaragoza"),  # not Tijuana
        ("San Miguel", "San Miguel"),  # not San Diego: "San" is many names' word
        # the city news means by a name bigger namesakes bear
        ("Calcutta", "Kolkata"),
        ("Odessa", "Odesa"),
        ("Bethlehem", "Bethlehem"),
        # a capital by its own name, which GeoNames also lists among its country's bigger city's
        ("New Delhi", "New Delhi"),
        ("Delhi", "Delhi"),
        ("White House", None),  # Casablanca in English, but not what the news means
        ("the White House", None),
    ],
)
def test_alternate_city_names_are_spellings_not_translations(text, place):
    found = lookup_place(text)
    assert (found.name if found else None) == place


@pytest.mark.parametrize(
    "text, place, kind",
    [
        ("Calif.", "California", "state"),
        ("S.C.", "South Carolina", "state"),  # not the Seychelles (SC)
        ("N.C.", "North Carolina", "state"),  # nor New Caledonia (NC)
        ("N.Y.", "New York", "state"),  # the state, where "New York" alone is the city
        ("D.C.", "Washington", "city"),
        ("Vt", "Vermont", "state"),  # the tokenizer took the period away
        ("Tex.", "Texas", "state"),
    ],
)
def test_ap_state_abbreviations_are_the_states(text, place, kind):
    found = lookup_place(text)
    assert (found.name, found.kind, found.country_code) == (place, kind, "US")


def test_a_postal_code_after_a_town_is_the_state(extract):
    article = extract("Police in Tampa, FL, arrested a man from Newark, NJ, on Friday.")
    assert {place.name for place in article.places} >= {"Tampa", "Florida", "Newark", "New Jersey"}
    assert not article.organisations


def test_a_postal_code_alone_is_no_state():
    # "CA" on its own is as likely Canada or an acronym: only a town before it makes it a state
    assert lookup_place("FL") is None
    assert state_by_postal_code("FL").name == "Florida"
    assert state_by_postal_code("Fl") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KYIV", "Kyiv"),  # a dateline's city of four letters, in capitals
        ("ROME", "Rome"),
        ("DACA", None),  # an acronym, though GeoNames lists "Daca" among Dhaka's names
        ("NATO", None),
    ],
)
def test_a_city_of_four_letters_in_capitals_is_itself_but_an_acronym_is_none(text, place):
    found = lookup_place(text)
    assert (found.name if found else None) == place


def test_a_dateline_s_town_the_model_left_untagged_is_a_place(vocab):
    words = "KYIV , Ukraine ( AP ) — Officials said it was over .".split()
    index = find_entities(make_doc(vocab, words, [(2, 3, "GPE"), (4, 5, "ORG")]), [])
    assert [(c.name, c.place.country_code) for c in index.clusters if c.place] == [("Kyiv", "UA"), ("Ukraine", "UA")]


def test_a_place_the_gazetteer_does_not_know_is_named_as_names_are_written(vocab):
    words = "GAZA CITY — Officials said it was over .".split()
    index = find_entities(make_doc(vocab, words, [(0, 2, "GPE")]), [])
    assert [c.name for c in index.clusters] == ["Gaza City"]


@pytest.mark.parametrize(
    "text, code",
    [("UAE", "AE"), ("U.A.E.", "AE"), ("DRC", "CD"), ("PRC", "CN"), ("NZ", "NZ"), ("HK", "HK"), ("DPRK", "KP")],
)
def test_the_short_names_news_gives_countries_are_the_countries(text, code):
    found = lookup_place(text)
    assert (found.kind, found.country_code) == ("country", code)


@pytest.mark.parametrize("text", ["GP", "VA", "V.A.", "DM", "SC", "AZ", "MO", "GB"])
def test_a_country_code_news_does_not_write_for_the_country_is_no_place(text):
    """A family doctor (GP), Veterans Affairs (VA), a direct message (DM), a state's postal
    code (SC, AZ, MO): ISO codes English prose does not use for Guadeloupe, the Vatican,
    Dominica, the Seychelles, Azerbaijan or Macao (nor GB for Britain)."""
    assert lookup_place(text) is None


@pytest.mark.parametrize(
    ("text", "place"), [("LA", "Los Angeles"), ("L.A.", "Los Angeles"), ("NYC", "New York City"), ("La.", "Louisiana")]
)
def test_cities_news_names_by_their_initials(text, place):
    assert lookup_place(text).name == place


def test_a_doctor_s_surgery_is_no_place(extract):
    article = extract("Residents said the scheme would swamp local schools and GP surgeries in the town.")
    assert article.places == []


@pytest.mark.parametrize("before, kept", [("won big on", False), ("spoke in", True)])
def test_unknown_place_before_a_weekday_is_part_of_the_days_name(vocab, before, kept):
    words = f"Lee {before} Super Tuesday .".split()
    doc = make_doc(vocab, words, [(len(words) - 3, len(words) - 2, "GPE"), (len(words) - 2, len(words) - 1, "DATE")])
    _, places, _, _ = find_entities(doc, []).records()
    assert bool(places) is kept


@pytest.mark.parametrize(
    "words, country_code",
    [
        ("Lee campaigned in Iowa , Ohio and Georgia .", "US"),  # among US places: the state
        ("Russian troops left Georgia and Ukraine .", "GE"),  # elsewhere: the country
    ],
)
def test_georgia_is_the_state_in_an_american_story(vocab, words, country_code):
    words = words.split()
    ents = [(i, i + 1, "GPE") for i, word in enumerate(words) if word in ("Iowa", "Ohio", "Georgia", "Ukraine")]
    doc = make_doc(vocab, words, ents)
    _, places, _, _ = find_entities(doc, []).records()
    assert {place.name: place.country_code for place in places}["Georgia"] == country_code


@pytest.mark.parametrize(
    "words, name",
    [
        ("Photo : Carlos Barria / Reuters .", "Carlos Barria"),  # a photo credit's agency
        ("Follow Ann Lee @annlee now .", "Ann Lee"),  # a handle
        ("[ Ann ] Lee spoke .", "Lee"),  # an editor's bracket
    ],
)
def test_person_span_drawn_too_wide_keeps_the_name(vocab, words, name):
    words = words.split()
    start = next(i for i, word in enumerate(words) if word[0].isupper() and word not in ("Photo", "Follow"))
    end = next(i for i, word in enumerate(words) if word in (".", "now", "spoke"))
    doc = make_doc(vocab, words, [(start, end, "PERSON")])
    assert [person.name for person in find_entities(doc, []).people()] == [name]


def test_a_typewriter_quote_mark_opening_a_name_is_not_part_of_it(vocab):
    # "''Ann Lee is wrong,'' he said": a newspaper's typewriter quote mark the model tagged
    doc = make_doc(vocab, "'' Ann Lee is wrong .".split(), [(0, 3, "PERSON")])
    assert [person.name for person in find_entities(doc, []).people()] == ["Ann Lee"]


@pytest.mark.parametrize(
    "text, tags, name",
    [
        ("Ann Lee Slams Tom Ward", "NNP NNP VBZ NNP NNP", "Ann Lee"),  # a headline's verb ends the name
        ("Ann Lee Slams Tom Ward", "NNP NNP NNPS NNP NNP", "Ann Lee"),  # tagged as a name, too
        ("Tom Ward Tweets", "NNP NNP NNPS", "Tom Ward"),
        ("Edward Said", "NNP NNP", "Edward Said"),  # a surname, after a first name
        ("Ann Lee Post", "NNP NNP NNP", "Ann Lee Post"),  # a base form may be a word of a name
        ("Tom Ward of Uber", "NNP NNP IN NNP", "Tom Ward"),
        ("Ann Lee - and", "NNP NNP : CC", "Ann Lee"),  # a dash set off by spaces
        ("Ann Lee ― Tom", "NNP NNP : NNP", "Ann Lee"),  # the quotation dash too
        ("Joseph Kahn : http", "NNP NNP : NN", "Joseph Kahn"),  # a credit and its link
        ("Douglas Holtz-Eakin", "NNP NNP HYPH NNP", "Douglas Holtz-Eakin"),  # a hyphen is part of it
    ],
)
def test_person_span_run_on_past_the_name_ends_where_the_name_does(vocab, text, tags, name):
    doc = spacy.blank("en").tokenizer(text)
    doc = Doc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=tags.split())
    doc.ents = [Span(doc, 0, len(doc), label="PERSON")]
    assert [person.name for person in find_entities(doc, []).people()] == [name]


@pytest.mark.parametrize(
    "words, label",
    [("pro-Clinton voters came .", None), ("Twitter suspended him .", "ORG"), ("[ W ] e came .", None)],
)
def test_person_spans_that_are_no_person(vocab, words, label):
    words = words.split()
    end = 3 if words[0] == "[" else 1
    doc = make_doc(vocab, words, [(0, end, "PERSON")])
    index = find_entities(doc, [])
    assert index.people() == []
    assert [cluster.label for cluster in index.clusters] == ([label] if label else [])


@pytest.mark.parametrize(
    "words, pos, label, names_left",
    [
        ("another Justice Department inquiry", "DET PROPN PROPN NOUN", "ORG", ["Justice Department"]),
        ("the last Democratic Party platform", "DET ADJ PROPN PROPN NOUN", "ORG", ["Democratic Party"]),
        ("the Anti-Defamation League said", "DET PROPN PROPN VERB", "ORG", ["Anti-Defamation League"]),
        ("the 4th Circuit ruled", "DET ADJ PROPN VERB", "ORG", ["4th Circuit"]),
        ("pro-Israel groups met", "ADJ NOUN VERB", "GPE", []),
        ("https://t.co/KR4767 was posted", "X AUX VERB", "ORG", []),
    ],
)
def test_words_around_a_name_that_are_not_the_name(vocab, words, pos, label, names_left):
    words, pos = words.split(), pos.split()
    doc = Doc(vocab, words=words, pos=pos)
    start = 1 if words[0] == "the" else 0
    end = next(i for i, tag in enumerate(pos) if i > start and tag in ("NOUN", "VERB", "AUX"))
    doc.ents = [Span(doc, start, end, label=label)]
    assert [cluster.name for cluster in find_entities(doc, []).clusters] == names_left


def test_state_in_a_secretarys_title_is_no_organisation(vocab):
    words = "Secretary of State Ann Lee spoke .".split()
    doc = make_doc(vocab, words, [(2, 3, "ORG"), (3, 5, "PERSON")])
    _, _, organisations, _ = find_entities(doc, []).records()
    assert organisations == []


def test_gop_is_the_republican_party(vocab):
    words = "The Republican Party met . The GOP chose Ann Lee .".split()
    doc = make_doc(vocab, words, [(1, 3, "ORG"), (6, 7, "ORG"), (8, 10, "PERSON")])
    assert names(find_entities(doc, []), "ORG") == [("Republican Party", 2)]


def entities_with_labels(doc):
    """The entities of a doc whose paragraphs may open with transcript labels."""
    return find_entities(doc, [], speaker_labels=find_speaker_labels(doc.text, split_paragraphs(doc.text)))


def test_transcript_labels_are_people_whatever_the_model_said(vocab):
    words = ["Ann", "Lee", "spoke", ".", "\n\n", "JOE", "HART", ":", "Why", "?", "\n\n", "LEE", ":", "Because", "."]
    spaces = [True, True, False, False, False, True, False, True, False, False, False, False, True, False, False]
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (5, 7, "ORG"), (11, 12, "ORG")], spaces=spaces)
    index = entities_with_labels(doc)
    assert names(index, "PERSON") == [("Ann Lee", 2), ("Joe Hart", 1)]  # a name in capitals, title-cased
    assert names(index, "ORG") == []


def test_news_outlets_the_model_takes_for_people_are_organisations(vocab):
    words = "Ann Lee told Fox and Breitbart that she would run .".split()
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (3, 4, "PERSON"), (5, 6, "PERSON")])
    index = find_entities(doc, [])
    assert names(index, "PERSON") == [("Ann Lee", 1)]
    assert names(index, "ORG") == [("Breitbart", 1), ("Fox", 1)]


def test_a_possessive_determiner_is_not_part_of_an_organisation_name(vocab):
    words = "She ran her State Department and the State Department agreed .".split()
    doc = make_doc(vocab, words, [(2, 5, "ORG"), (7, 9, "ORG")])
    assert names(find_entities(doc, []), "ORG") == [("State Department", 2)]


def test_a_label_alone_names_a_person_in_title_case_but_initials_stay(vocab):
    words = ["COX", ":", "Why", "?", "\n\n", "FDR", ":", "Because", "."]
    spaces = [False, True, False, False, False, False, True, False, False]
    doc = make_doc(vocab, words, [], spaces=spaces)
    assert names(entities_with_labels(doc), "PERSON") == [("Cox", 1), ("FDR", 1)]


@pytest.mark.parametrize(
    ("words", "person"),
    [
        ("Jones , 45 , is a welder .", True),  # the model's place is a person with an age
        ("Jones , 2016 , was a year .", False),  # a year is no age
        ("Jones , 45 percent , agreed .", False),
    ],
)
def test_a_name_with_an_age_in_commas_is_a_person(vocab, words, person):
    doc = make_doc(vocab, words.split(), [(0, 1, "GPE")])
    index = find_entities(doc, [])
    assert (names(index, "PERSON") == [("Jones", 1)]) is person
    assert (names(index, "GPE") == [("Jones", 1)]) is not person


def test_a_person_named_institution_is_an_organisation_and_lends_no_surname(vocab):
    words = "Ann Lee founded the Tom Ward Foundation . The Foundation said Lee and Ward agreed .".split()
    ents = [(0, 2, "PERSON"), (4, 7, "PERSON"), (9, 10, "PERSON"), (11, 12, "PERSON"), (13, 14, "ORG")]
    index = find_entities(make_doc(vocab, words, ents), [])
    assert names(index, "PERSON") == [("Ann Lee", 2)]
    assert names(index, "ORG") == [("Foundation", 1), ("Tom Ward Foundation", 1), ("Ward", 1)]


def test_a_name_after_a_body_s_possessive_tagged_as_an_organisation_is_a_person(vocab):
    # "NBC News ' Lester Holt": the model types the presenter by the body before
    words = "NBC News ' Lester Holt asked . Holt smiled .".split()
    tags = ["NNP", "NNP", "POS", "NNP", "NNP", "VBD", ".", "NNP", "VBD", "."]
    doc = Doc(vocab, words=words, tags=tags)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 3, 5, label="ORG")]
    index = find_entities(doc, [])
    assert names(index, "PERSON") == [("Lester Holt", 1)] and names(index, "ORG") == [("NBC News", 1)]


def test_a_surname_the_model_took_alone_for_a_work_or_product_is_the_person_named_in_full(vocab):
    words = "Bernie Sanders spoke . Sanders remarked so . Sanders ' Law passed .".split()
    pos = [
        "PROPN",
        "PROPN",
        "VERB",
        "PUNCT",
        "PROPN",
        "VERB",
        "ADV",
        "PUNCT",
        "PROPN",
        "PART",
        "PROPN",
        "VERB",
        "PUNCT",
    ]
    doc = Doc(vocab, words=words, pos=pos)
    # "Sanders remarked": a work of art to the small model; "Sanders ' Law" is a law's name
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="WORK_OF_ART"), Span(doc, 8, 11, label="LAW")]
    assert names(find_entities(doc, []), "PERSON") == [("Bernie Sanders", 2)]


@pytest.mark.parametrize(
    ("words", "person"),
    [
        ("Carly Fiorina spoke . Fiorina said no .", True),  # a clear first name and the person's surname
        ("Jean Fiorina spoke . Fiorina said no .", False),  # a first name common to both sexes
        ("Carly Fiorina spoke . Lee said no .", False),  # nobody of that surname
    ],
)
def test_a_first_name_and_a_persons_surname_tagged_as_an_organisation_is_the_person(vocab, words, person):
    doc = make_doc(vocab, words.split(), [(0, 2, "ORG"), (4, 5, "PERSON")])
    index = find_entities(doc, [])
    assert ("Carly Fiorina" if person else words.split()[0] + " Fiorina") in [
        name for name, _ in names(index, "PERSON" if person else "ORG")
    ]


@pytest.mark.parametrize(
    ("words", "ents", "person"),
    [
        # a first name the census lists lack, before the surname of someone in the article
        ("Giorgia Meloni spoke . Meloni said no .", [(0, 2, "ORG"), (4, 5, "PERSON")], "Giorgia Meloni"),
        # one the world's lists hold that is a place's name: a paper, not a person
        ("Washington Post Trump spoke . Trump said no .", [(0, 3, "ORG"), (5, 6, "PERSON")], None),
    ],
)
def test_a_first_name_only_the_world_s_lists_know_before_a_person_s_surname(vocab, words, ents, person):
    index = find_entities(make_doc(vocab, words.split(), ents), [])
    people = [name for name, _ in names(index, "PERSON")]
    assert (person in people) if person else all(" " not in name for name in people)


def _speech_doc(vocab, text, ents, *, subject_at, verb_at):
    """A hand-built parse of `text`: the name before `subject_at` hangs on it as a
    compound, the subject on the verb at `verb_at`, every other word on the verb."""
    words = text.split()
    rows = []
    for index, word in enumerate(words):
        if index == verb_at:
            rows.append((word, index, "ROOT", "VERB"))
        elif index == subject_at:
            rows.append((word, verb_at, "nsubj", "PROPN"))
        elif index < subject_at and word[0].isupper():
            rows.append((word, subject_at, "compound", "PROPN"))
        else:
            rows.append((word, verb_at, "dep", "PUNCT" if not word.isalpha() else "NOUN"))
    return parsed_doc(vocab, rows, ents, lemma=lambda word, pos: "say" if pos == "VERB" else word.lower())


@pytest.mark.parametrize(
    ("text", "subject_at", "person"),
    [
        # untagged, a first name only the world's lists know: "Elon Musk wrote …"
        ("Elon Musk said more .", 1, "Elon Musk"),
        # two given names
        ("Recep Tayyip Erdogan said more .", 2, "Recep Tayyip Erdogan"),
        # a title before the given name is not one
        ("Treasurer Gary Casteel said more .", 2, "Gary Casteel"),
        # a place's name is no first name here, nor is a plural surname
        ("Washington Post said more .", 1, None),
        ("Aston Villas said more .", 1, None),
    ],
)
def test_an_untagged_first_name_and_surname_saying_something_is_a_person(vocab, text, subject_at, person):
    doc = _speech_doc(vocab, text, [], subject_at=subject_at, verb_at=subject_at + 1)
    if text.startswith("Aston"):
        doc[1].tag_ = "NNPS"
    people = names(find_entities(doc, []), "PERSON")
    assert people == ([(person, 1)] if person else [])


@pytest.mark.parametrize(
    ("given", "person"),
    [
        ("Erling", "Erling Haaland"),  # a first name only the world's lists know
        ("Jordan", None),  # a place's name first: "Jordan Valley"
    ],
)
def test_a_surname_taken_for_a_place_after_an_untagged_first_name_speaking_is_a_person(vocab, given, person):
    text = f"{given} Haaland said more ."
    doc = _speech_doc(vocab, text, [(1, 2, "GPE")], subject_at=1, verb_at=2)
    assert [name for name, _ in names(find_entities(doc, []), "PERSON")] == ([person] if person else [])


@pytest.mark.parametrize(
    ("words", "person"),
    [
        # no first name on any list, but "his" side: a body would say "its"
        ("Pep Guardiola praised his side .", "Pep Guardiola"),
        # "his" may be the man named just before
        ("Tom Ward left . Pep Guardiola praised his side .", None),
    ],
)
def test_an_untagged_name_whose_verb_is_about_his_or_her_something_is_a_person(vocab, words, person):
    tokens = words.split()
    start = tokens.index("Pep")
    rows = [(word, index, "dep", "NOUN") for index, word in enumerate(tokens)]
    if start:  # "Tom Ward left ."
        rows[0:4] = [("Tom", 1, "compound", "PROPN"), ("Ward", 2, "nsubj", "PROPN"), ("left", 2, "ROOT", "VERB")]
        rows.insert(3, (".", 2, "punct", "PUNCT"))
    verb = start + 2
    rows[start : start + 6] = [
        ("Pep", start + 1, "compound", "PROPN"),
        ("Guardiola", verb, "nsubj", "PROPN"),
        ("praised", verb, "ROOT", "VERB"),
        ("his", start + 4, "poss", "PRON"),
        ("side", verb, "dobj", "NOUN"),
        (".", verb, "punct", "PUNCT"),
    ]
    ents = [(0, 2, "PERSON")] if start else []
    doc = parsed_doc(vocab, rows, ents, lemma=lambda word, pos: "praise" if word == "praised" else word.lower())
    people = [name for name, _ in names(find_entities(doc, []), "PERSON")]
    assert ("Pep Guardiola" in people) == (person is not None)


def _sentences(vocab, sentences, ents=()):
    """Hand-built sentences "Subject verb rest ." each: the first word the subject of the
    second, the rest hung on the verb."""
    rows = []
    for sentence in sentences:
        words = sentence.split()
        verb = len(rows) + 1
        rows.append((words[0], verb, "nsubj", "PRON" if words[0].islower() else "PROPN"))
        rows.append((words[1], verb, "ROOT", "VERB"))
        rows += [
            (word, verb, "punct" if word == "." else "dobj", "PUNCT" if word == "." else "NOUN") for word in words[2:]
        ]
    lemmas = {"wrote": "write", "confirmed": "confirm", "deleted": "delete", "stayed": "stay", "left": "leave"}
    return parsed_doc(vocab, rows, list(ents), lemma=lambda word, pos: lemmas.get(word, word.lower()))


@pytest.mark.parametrize(
    ("sentences", "person"),
    [
        # the next sentence opens with "he", whatever it did
        (["Musk wrote posts .", "He deleted them ."], True),
        # another name before it, which the model may have missed as a person's
        (["Hamdy left Cairo .", "Musk wrote posts .", "She stayed home ."], False),
    ],
)
def test_an_untagged_name_that_speaks_followed_by_he_or_she_is_a_person(vocab, sentences, person):
    doc = _sentences(vocab, sentences)
    people = [name for name, _ in names(find_entities(doc, []), "PERSON")]
    assert ("Musk" in people) == person


def test_a_name_the_model_took_for_a_body_whose_surname_then_speaks_is_a_person(vocab):
    # "Olaf Scholz said … Scholz added …": an organisation to the model, with a first name
    # only the world's lists know; the surname alone speaking is how news names a person
    text = "Olaf Scholz spoke . Scholz said more ."
    doc = _speech_doc(vocab, text, [(0, 2, "ORG")], subject_at=4, verb_at=5)
    assert names(find_entities(doc, []), "PERSON") == [("Olaf Scholz", 2)]


def test_a_firm_named_after_someone_that_speaks_of_itself_as_it_stays_a_firm(vocab):
    text = "Olaf Scholz spoke . Scholz said it would ."
    doc = _speech_doc(vocab, text, [(0, 2, "ORG")], subject_at=4, verb_at=5)
    assert names(find_entities(doc, []), "PERSON") == []


# --- titles run into names, and names with a person's title -------------------------------


def test_a_title_run_into_a_name_is_split_off_and_the_name_is_a_person(vocab):
    # "by the Presidential Spokesperson Harry Roque ." as one organisation
    rows = [
        ("by", 0, "ROOT", "ADP"),
        ("the", 4, "det", "DET"),
        ("Presidential", 3, "compound", "PROPN"),
        ("Spokesperson", 5, "compound", "PROPN"),
        ("Harry", 5, "compound", "PROPN"),
        ("Roque", 0, "pobj", "PROPN"),
        (".", 0, "punct", "PUNCT"),
    ]
    doc = parsed_doc(vocab, rows, [(1, 6, "ORG")])
    index = find_entities(doc, [])
    assert names(index, "PERSON") == [("Harry Roque", 1)]
    assert names(index, "ORG") == []


def test_a_name_opening_with_another_language_s_article_is_not_split_at_it(vocab):
    # "La" is no place (Louisiana's "La."), and "France Insoumise" no person (France is a first name)
    doc = make_doc(vocab, "Mélenchon leads La France Insoumise .".split(), [(0, 1, "PERSON"), (2, 5, "ORG")])
    index = find_entities(doc, [])
    assert names(index, "ORG") == [("La France Insoumise", 1)]
    assert names(index, "GPE") == []


@pytest.mark.parametrize(
    ("words", "person"),
    [
        ("Treasurer Jim Hale", "Jim Hale"),
        ("Registrar Ann Cole", "Ann Cole"),
        ("Insp Ann Cole", "Ann Cole"),  # British police ranks
        ("DCI Tom Hale", "Tom Hale"),
        ("Dean Alan Ward", "Alan Ward"),  # a title that is also a first name, before a full name
        ("Dean Ward", "Dean Ward"),  # is a first name before a surname alone
    ],
)
def test_a_title_the_model_took_into_a_person_s_name_is_no_part_of_it(vocab, words, person):
    tokens = [*words.split(), "said", "."]
    rows = [(word, len(tokens) - 2, "compound", "PROPN") for word in tokens[:-2]]
    rows[-1] = (tokens[-3], len(tokens) - 2, "nsubj", "PROPN")
    rows += [("said", len(tokens) - 2, "ROOT", "VERB"), (".", len(tokens) - 2, "punct", "PUNCT")]
    index = find_entities(parsed_doc(vocab, rows, [(0, len(tokens) - 2, "PERSON")]), [])
    assert names(index, "PERSON") == [(person, 1)]


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Taoiseach", True),  # a title nothing is named after
        ("King", False),  # "King George Square": a square named after a king
    ],
)
def test_a_one_word_title_run_into_a_name_is_split_off_unless_things_are_named_after_it(vocab, title, person):
    rows = [
        ("at", 0, "ROOT", "ADP"),
        (title, 3, "compound", "PROPN"),
        ("George", 3, "compound", "PROPN"),
        ("Square", 0, "pobj", "PROPN"),
        (".", 0, "punct", "PUNCT"),
    ]
    index = find_entities(parsed_doc(vocab, rows, [(1, 4, "ORG")]), [])
    assert names(index, "PERSON") == ([("George Square", 1)] if person else [])


@pytest.mark.parametrize(("name", "people"), [("Lee", [("Ann Lee", 2)]), ("Acme", [("Ann Lee", 1)])])
def test_a_person_s_name_the_model_ran_into_its_verb_as_a_work_s_title_is_the_person(vocab, name, people):
    # "Ann Lee spoke. Lee told The Ledger.", the model taking "Lee told The Ledger" for a
    # work of art; not a name no person of the article bears
    rows = [
        ("Ann", 1, "compound", "PROPN"),
        ("Lee", 2, "nsubj", "PROPN"),
        ("spoke", 2, "ROOT", "VERB"),
        (".", 2, "punct", "PUNCT"),
        (name, 5, "nsubj", "PROPN"),
        ("told", 5, "ROOT", "VERB"),
        ("The", 7, "det", "DET"),
        ("Ledger", 5, "dobj", "PROPN"),
        (".", 5, "punct", "PUNCT"),
    ]
    index = find_entities(parsed_doc(vocab, rows, [(0, 2, "PERSON"), (4, 8, "WORK_OF_ART")]), [])
    assert names(index, "PERSON") == people


def test_a_place_run_into_a_name_stays_a_place(vocab):
    rows = [
        ("Scotland", 2, "compound", "PROPN"),
        ("Nicola", 2, "compound", "PROPN"),
        ("Sturgeon", 3, "nsubj", "PROPN"),
        ("spoke", 3, "ROOT", "VERB"),
        (".", 3, "punct", "PUNCT"),
    ]
    doc = parsed_doc(vocab, rows, [(0, 3, "ORG")])
    index = find_entities(doc, [])
    assert names(index, "PERSON") == [("Nicola Sturgeon", 1)]
    assert [(c.name, c.place.country_code) for c in index.clusters if c.place] == [("Scotland", "GB")]


def _organisation_then_name(vocab, words, spaces):
    """ "the director of <organisation> <name> spoke .", the organisation and the name one
    organisation entity (words 3 to -2), as the small model tags them."""
    last, verb = len(words) - 3, len(words) - 2
    heads = [1, verb, 1] + [last] * (last - 3) + [2, verb, verb]
    deps = ["det", "nsubj", "prep"] + ["compound"] * (last - 3) + ["pobj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "ADP"] + ["PROPN"] * (last - 2) + ["VERB", "PUNCT"]
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 3, last + 1, label="ORG")]
    return find_entities(doc, [])


@pytest.mark.parametrize(
    "words, spaces, organisation, person",
    [
        (
            "the director of Amnesty International Man - kei Tam spoke .".split(),
            [True, True, True, True, True, False, False, True, True, False, False],
            "Amnesty International",
            "Man-kei Tam",
        ),
        (
            "the director of Human Rights Watch Kenneth Roth spoke .".split(),
            [True] * 8 + [False, False],
            "Human Rights Watch",
            "Kenneth Roth",
        ),
    ],
)
def test_a_name_run_on_from_an_organisation_after_a_title_of_it_is_a_person(vocab, words, spaces, organisation, person):
    index = _organisation_then_name(vocab, words, spaces)
    assert names(index, "PERSON") == [(person, 1)]
    assert names(index, "ORG") == [(organisation, 1)]


def test_a_hyphenated_word_in_capitals_after_a_first_name_is_no_given_name(vocab):
    """ "the director of the San Diego Union-Tribune": "Diego Union-Tribune" is no person."""
    words = "the director of San Diego Union - Tribune spoke .".split()
    spaces = [True, True, True, True, True, False, False, True, False, False]
    index = _organisation_then_name(vocab, words, spaces)
    assert names(index, "PERSON") == []


def test_one_royal_title_before_a_name_may_be_what_an_organisation_is_named_after(vocab):
    rows = [
        ("the", 3, "det", "DET"),
        ("King", 3, "compound", "PROPN"),
        ("James", 3, "compound", "PROPN"),
        ("Bible", 4, "nsubj", "PROPN"),
        ("sold", 4, "ROOT", "VERB"),
    ]
    doc = parsed_doc(vocab, rows, [(1, 4, "ORG")])
    assert names(find_entities(doc, []), "PERSON") == []


def title_and_name(vocab, title_rows, name_words, label):
    """title_rows, then a two-word name tagged `label`, as the subject of "wrote"."""
    rows = list(title_rows)
    at = len(rows)
    rows += [(name_words[0], at + 1, "compound", "PROPN"), (name_words[1], at + 2, "nsubj", "PROPN")]
    rows += [("wrote", at + 2, "ROOT", "VERB"), (".", at + 2, "punct", "PUNCT")]
    return parsed_doc(vocab, rows, [(at, at + 2, label)])


def test_a_name_with_a_person_s_title_is_a_person_whatever_the_model_said(vocab):
    title = [("Former", 2, "amod", "ADJ"), ("US", 2, "compound", "PROPN"), ("Ambassador", 4, "compound", "PROPN")]
    doc = title_and_name(vocab, title, ("Nikki", "Haley"), "ORG")
    assert names(find_entities(doc, []), "PERSON") == [("Nikki Haley", 1)]


def test_a_word_any_owner_may_be_needs_a_first_name(vocab):
    # "the owner OHorizons Global wrote": "owner" is no title
    title = [("the", 1, "det", "DET"), ("owner", 3, "compound", "NOUN")]
    doc = title_and_name(vocab, title, ("OHorizons", "Global"), "ORG")
    assert names(find_entities(doc, []), "PERSON") == []


def test_an_organisation_s_name_stays_an_organisation_after_a_title(vocab):
    title = [("Director", 2, "compound", "PROPN")]
    doc = title_and_name(vocab, title, ("Intelligence", "Agency"), "ORG")
    assert names(find_entities(doc, []), "PERSON") == []


def test_a_retyped_person_loses_the_title_the_model_kept(vocab):
    rows = [
        ("Pastor", 2, "compound", "PROPN"),
        ("Darrell", 2, "compound", "PROPN"),
        ("Scott", 6, "nsubj", "PROPN"),
        (",", 2, "punct", "PUNCT"),
        ("spokesman", 2, "appos", "NOUN"),
        (",", 2, "punct", "PUNCT"),
        ("wrote", 6, "ROOT", "VERB"),
    ]
    doc = parsed_doc(vocab, rows, [(0, 3, "ORG")])
    assert names(find_entities(doc, []), "PERSON") == [("Darrell Scott", 1)]


@pytest.mark.parametrize(
    ("name", "code"), [("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"), ("England", "GB")]
)
def test_countries_within_a_country_are_places_of_their_own_with_its_code(name, code):
    place = lookup_place(name)
    assert place is not None and (place.name, place.country_code) == (name, code)


# --- what is no person, place or organisation ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "reason"),
    [
        ("Tenure of Office Act", "ORG", "law or document"),
        ("Public Service Vehicle Regulations", "ORG", "law or document"),
        ("Harbour Bus Regulations for Ferries", "ORG", "law or document"),
        ("County Rail Conditions of Carriage", "ORG", "law or document"),
        ("Bill of Rights", "GPE", "law or document"),
        ("Syrian Civil War", "ORG", "event"),
        ("Sacred Defence Week", "GPE", "event"),
        ("COVID-19", "ORG", "disease"),
        ("BST", "PERSON", "time zone"),
        ("the Moon", "PERSON", "body of the sky"),
        ("Caudipteryx", "PERSON", "genus"),
        ("Tyrannosaurus", "ORG", "genus"),
        ("Monsenor", "ORG", "title"),
        ("O.K.", "PERSON", "no name"),  # "It's O.K."
        ("Jr.", "PERSON", "no name"),
        ("AI", "ORG", "no name"),  # "trained AI models": artificial intelligence
        ("FX", "ORG", "no name"),  # "chief FX strategist": foreign exchange
        ("VAT", "GPE", "no name"),  # a tax, not the Vatican's code
        ("I.P.O.", "ORG", "no name"),
        ("Mum", "PERSON", "relative"),  # "Mum lived for that school"
        ("Grandad", "PERSON", "relative"),
        ("@realDonaldTrump", "ORG", "handle"),
    ],
)
def test_laws_events_diseases_time_zones_and_the_sky_are_not_entities(text, label, reason):
    from quotex.entities import not_a_named_thing

    assert not_a_named_thing(text, label) == reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Jude Law", "PERSON"),
        ("ACT", "GPE"),
        ("AIDS Foundation", "ORG"),
        ("Gordon", "PERSON"),
        ("Odon", "PERSON"),
        ("Convention of Coastal Local Authorities", "ORG"),  # a body as well as a document
        ("Council of Europe", "ORG"),
        ("Dad Lee", "PERSON"),  # a word for a parent, in a name
    ],
)
def test_names_that_only_end_like_a_law_or_an_event_stay(text, label):
    from quotex.entities import not_a_named_thing

    assert not_a_named_thing(text, label) is None


def test_an_organisation_s_name_ends_before_the_sentence_it_ran_into(vocab):
    words = "reported by Associated Press of bank robberies .".split()
    doc = make_doc(vocab, words, [(2, 6, "ORG")])
    assert names(find_entities(doc, []), "ORG") == [("Associated Press", 1)]


def test_lower_case_parts_of_names_stay(vocab):
    words = "the Brigade de Recherche et d'Intervention said so .".split()
    doc = make_doc(vocab, words, [(1, 6, "ORG")])
    assert names(find_entities(doc, []), "ORG") == [("Brigade de Recherche et d'Intervention", 1)]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Court of Session", "Court"),
        ("Supreme Court of the United Kingdom", "Supreme Court"),
        ("United States Department of State", "State Department"),
        ("University of Colorado at Boulder", "University of Colorado"),
    ],
)
def test_a_short_form_of_an_organisation_named_in_full_is_one_entry(vocab, full, short):
    words = full.split() + ["ruled", "."] + short.split() + ["agreed", "."]
    first = len(full.split())
    doc = make_doc(vocab, words, [(0, first, "ORG"), (first + 2, first + 2 + len(short.split()), "ORG")])
    assert names(find_entities(doc, []), "ORG") == [(full, 2)]


def test_a_short_form_two_organisations_share_stays_apart(vocab):
    words = "Court of Session and Court of Appeal met . The Court agreed .".split()
    doc = make_doc(vocab, words, [(0, 3, "ORG"), (4, 7, "ORG"), (10, 11, "ORG")])
    assert ("Court", 1) in names(find_entities(doc, []), "ORG")


@pytest.mark.parametrize(
    ("words", "ent", "name"),
    [
        ("a poll gave Trump 47 percent of the vote .", (3, 6), "Trump"),
        ("the story in Politico , Democratic party officials said .", (3, 7), "Politico"),
    ],
)
def test_what_dangles_before_a_run_on_goes_with_it(vocab, words, ent, name):
    doc = make_doc(vocab, words.split(), [(ent[0], ent[1], "ORG")])
    assert [c.name for c in find_entities(doc, []).clusters] == [name]


def test_function_words_inside_a_name_are_no_run_on(vocab):
    words = "the Committee for a Responsible Federal Budget said so".split()
    doc = Doc(vocab, words=words, pos=["DET", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "VERB", "ADV"])
    doc.ents = [Span(doc, 1, 7, label="ORG")]
    assert names(find_entities(doc, []), "ORG") == [("Committee for a Responsible Federal Budget", 1)]


def test_a_state_s_abbreviation_is_no_bare_title():
    from quotex.entities import not_a_named_thing

    assert not_a_named_thing("Miss.", "GPE") is None


@pytest.mark.parametrize(
    ("name", "expected", "code"),
    [
        ("Islamic Republic of Iran", "Iran", "IR"),
        ("the Kingdom of Saudi Arabia", "Saudi Arabia", "SA"),
        ("Northern Syria", "Northern Syria", "SY"),
        ("eastern Ukraine", "eastern Ukraine", "UA"),
        ("Antarctica", "Antarctica", "AQ"),
        ("South Africa", "South Africa", "ZA"),
    ],
)
def test_official_names_parts_of_countries_and_antarctica_get_the_code(name, expected, code):
    place = lookup_place(name)
    assert place is not None and (place.name, place.country_code) == (expected, code)


def test_a_compass_region_of_no_country_has_no_code():
    assert lookup_place("East Mediterranean") is None


def test_east_and_eastern_name_one_region(vocab):
    words = "the Eastern Mediterranean and the East Mediterranean".split()
    doc = make_doc(vocab, words, [(1, 3, "LOC"), (5, 7, "LOC")])
    assert len([c for c in find_entities(doc, []).clusters]) == 1


def test_platforms_the_model_leaves_untagged_are_organisations(vocab):
    doc = make_doc(vocab, "He said via Twitter that posts on Facebook were removed .".split(), [])
    assert names(find_entities(doc, []), "ORG") == [("Facebook", 1), ("Twitter", 1)]


def test_names_listed_as_towns_are_places(vocab):
    rows = [
        ("the", 1, "det", "DET"),
        ("towns", 1, "ROOT", "NOUN"),
        ("of", 1, "prep", "ADP"),
        ("Beni", 2, "pobj", "PROPN"),
        ("and", 3, "cc", "CCONJ"),
        ("Katwa", 3, "conj", "PROPN"),
    ]
    ents = [(3, 4, "PERSON"), (5, 6, "PERSON")]
    doc = parsed_doc(
        vocab, rows, ents, lambda word, _: word.lower().removesuffix("s") if word == "towns" else word.lower()
    )
    assert names(find_entities(doc, []), "PERSON") == []


def speaking_surname_doc(vocab, surname):
    """ "Joaquin <surname> won . <surname> said so .", the lone surname tagged a place."""
    words = ["Joaquin", surname, "won", ".", surname, "said", "so", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"]
    lemmas = ["joaquin", surname.lower(), "win", ".", surname.lower(), "say", "so", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="GPE")]
    return doc


def test_a_well_known_city_that_speaks_is_the_person_of_that_surname(vocab):
    assert names(find_entities(speaking_surname_doc(vocab, "Phoenix"), []), "PERSON") == [("Joaquin Phoenix", 2)]


def test_a_capital_that_speaks_is_its_government_s_voice(vocab):
    index = find_entities(speaking_surname_doc(vocab, "Moscow"), [])
    assert names(index, "PERSON") == [("Joaquin Moscow", 1)]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Yesterday Queen Elizabeth II announced it .", "Elizabeth II"),
        ("On Sunday Pope Francis spoke .", "Francis"),
    ],
)
def test_a_sovereign_s_name_the_model_left_untagged_is_a_person(vocab, words, name):
    doc = make_doc(vocab, words.split(), [])
    assert names(find_entities(doc, []), "PERSON") == [(name, 1)]


def test_a_name_that_goes_on_after_a_royal_title_is_something_else_s(vocab):
    words = "She studied at Queen Mary University London .".split()
    doc = Doc(vocab, words=words, pos=["PRON", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"])
    assert names(find_entities(doc, []), "PERSON") == []


def test_whose_a_person_is_is_no_part_of_the_name(vocab):
    words = "the United Kingdom 's Queen Elizabeth II spoke".split()
    doc = Doc(vocab, words=words, tags=["DT", "NNP", "NNP", "POS", "NNP", "NNP", "NNP", "VBD"])
    doc.ents = [Span(doc, 0, 7, label="PERSON")]
    assert names(find_entities(doc, []), "PERSON") == [("Elizabeth II", 1)]


def test_a_family_named_by_a_plural_surname_is_no_entry_of_its_own(vocab):
    words = "David Turpin spoke . The Turpins left .".split()
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (5, 6, "ORG")])
    assert names(find_entities(doc, [])) == [("David Turpin", 1)]


def test_a_lone_first_name_of_someone_named_in_full_is_them(vocab):
    words = "Jamal Khashoggi was killed . Jamal 's death shocked many .".split()
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (5, 6, "GPE")])
    assert names(find_entities(doc, [])) == [("Jamal Khashoggi", 2)]


@pytest.mark.parametrize(
    ("words", "end", "team"),
    [
        ("beat Caboolture 43–5 on Sunday", 3, "Caboolture"),
        # and what the name ran on to after the score
        ("beat Chelsea 2-1 at Anfield on Sunday", 5, "Chelsea"),
        ("beat Wynnum 102-99 in overtime", 5, "Wynnum"),
    ],
)
def test_a_score_run_into_a_team_s_name_is_left_out(vocab, words, end, team):
    doc = make_doc(vocab, words.split(), [(1, end, "ORG")])
    assert [c.name for c in find_entities(doc, []).clusters] == [team]


@pytest.mark.parametrize(
    ("mark", "state"),
    [("D-Mass.", "Massachusetts"), ("R-Texas", "Texas")],
)
def test_a_party_letter_and_state_the_model_took_for_a_place_is_the_state(vocab, mark, state):
    words = ["Sen.", "Ann", "Lee", ",", mark, ",", "spoke", "."]
    doc = make_doc(
        vocab, words, [(1, 3, "PERSON"), (4, 5, "GPE")], spaces=[True, True, False, True, False, True, False, False]
    )
    found = [(c.name, c.label) for c in find_entities(doc, []).clusters if c.label != "PERSON"]
    assert found == [(state, "GPE")]


def test_two_places_the_model_took_for_one_are_two(vocab):
    words = "met on Crete and Cyprus yesterday".split()
    doc = make_doc(vocab, words, [(2, 5, "ORG")])
    found = sorted((c.name, c.label) for c in find_entities(doc, []).clusters)
    assert found == [("Crete", "GPE"), ("Cyprus", "GPE")]


@pytest.mark.parametrize("name", ["Police and Crime", "Trinidad and Tobago", "Marks and Spencer"])
def test_names_with_and_stay_whole(vocab, name):
    words = ["the", *name.split(), "said"]
    doc = make_doc(vocab, words, [(1, 1 + len(name.split()), "ORG")])
    (cluster,) = find_entities(doc, []).clusters
    assert [(m.start, m.end) for m in cluster.mentions] == [(4, 4 + len(name))]


def test_a_name_cut_before_its_end_is_no_person(vocab):
    words = "President Bashar al - Assad spoke".split()
    doc = make_doc(vocab, words, [(0, 3, "PERSON")])
    assert names(find_entities(doc, []), "PERSON") == []


def test_a_gendered_title_tells_which_of_two_namesakes_it_means(vocab):
    words = "Mark Meadows met Debbie Meadows . Congressman Meadows left .".split()
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 8, "PERSON")])
    assert names(find_entities(doc, []), "PERSON") == [("Debbie Meadows", 1), ("Mark Meadows", 2)]


def test_a_city_name_two_countries_share_is_the_one_in_the_article_s_country(vocab):
    words = "Boston , Chicago and Cambridge voted . Cambridge counted last .".split()
    doc = make_doc(vocab, words, [(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE"), (7, 8, "GPE")])
    codes = {c.name: c.place.country_code for c in find_entities(doc, []).clusters}
    assert codes == {"Boston": "US", "Chicago": "US", "Cambridge": "US"}


def test_a_world_city_stays_itself_in_another_country_s_story(vocab):
    words = "Boston , Chicago and Denver voted after Paris .".split()
    doc = make_doc(vocab, words, [(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE"), (7, 8, "GPE")])
    codes = {c.name: c.place.country_code for c in find_entities(doc, []).clusters}
    assert codes["Paris"] == "FR"


def test_without_a_home_country_the_gazetteer_s_first_choice_stands(vocab):
    doc = make_doc(vocab, "Cambridge voted .".split(), [(0, 1, "GPE")])
    assert [c.place.country_code for c in find_entities(doc, []).clusters] == ["GB"]


@pytest.mark.parametrize(
    ("winner", "loser", "teams"),
    [
        ("Caloundra", "Wynnum", True),  # a town the gazetteer knows beats another side: teams
        ("Nadal", "Djokovic", False),  # no place: two players
        ("Pakistan", "India", False),  # countries: a war as well as a match, and the country elsewhere
    ],
)
def test_a_place_that_beats_another_side_is_its_team(vocab, winner, loser, teams):
    # "Caloundra defeated Wynnum 45 to 24 ." with the towns tagged as a place and a person
    words = [winner, "defeated", loser, "45", "to", "24", "."]
    heads = [1, 1, 1, 1, 3, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "npadvmod", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "NUM", "ADP", "NUM", "PUNCT"]
    lemmas = [winner, "defeat", loser, "45", "to", "24", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="PERSON")]
    index = find_entities(doc, [])
    labels = {cluster.name: cluster.label for cluster in index.clusters}
    assert (labels[winner] == labels[loser] == "ORG") is teams


@pytest.mark.parametrize(("score", "label"), [(["3", "-", "1"], "ORG"), (["big"], "GPE")])
def test_a_place_after_a_result_with_its_score_is_the_side_that_played(vocab, score, label):
    # "They sealed a 3-1 win over Tottenham .": a town has no score ("a big win over Tottenham"
    # may be a campaign's)
    words = ["They", "sealed", "a", *score, "win", "over", "Tottenham", "."]
    win = 3 + len(score)
    rows = [("They", 1, "nsubj", "PRON"), ("sealed", 1, "ROOT", "VERB"), ("a", win, "det", "DET")]
    rows += [(word, win, "nummod" if word.isdigit() else "amod", "NUM" if word.isdigit() else "ADJ") for word in score]
    rows += [("win", 1, "dobj", "NOUN"), ("over", win, "prep", "ADP"), ("Tottenham", win + 1, "pobj", "PROPN")]
    rows += [(".", 1, "punct", "PUNCT")]
    assert [word for word, *_ in rows] == words
    doc = parsed_doc(vocab, rows, [(win + 2, win + 3, "GPE")], lambda word, _: word.lower())
    labels = {cluster.name: cluster.label for cluster in find_entities(doc, []).clusters}
    assert labels["Tottenham"] == label


# --- what the words around a name say it is -------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "ents", "name"),
    [
        # "hiring law firm Sidley Austin ." : the kind noun is a compound of the name
        (
            [
                ("hiring", 0, "ROOT", "VERB"),
                ("law", 2, "compound", "NOUN"),
                ("firm", 4, "compound", "NOUN"),
                ("Sidley", 4, "compound", "PROPN"),
                ("Austin", 0, "dobj", "PROPN"),
                (".", 0, "punct", "PUNCT"),
            ],
            [(3, 5, "PERSON")],
            "Sidley Austin",
        ),
        # "store chains Woolworths and Coles cut limits ." : the list's first name is in
        # apposition to the noun, the second is its conjunct
        (
            [
                ("store", 1, "compound", "NOUN"),
                ("chains", 5, "nsubj", "NOUN"),
                ("Woolworths", 1, "appos", "PROPN"),
                ("and", 2, "cc", "CCONJ"),
                ("Coles", 2, "conj", "PROPN"),
                ("cut", 5, "ROOT", "VERB"),
                ("limits", 5, "dobj", "NOUN"),
                (".", 5, "punct", "PUNCT"),
            ],
            [(2, 3, "GPE"), (4, 5, "PERSON")],
            "Coles",
        ),
    ],
)
def test_a_noun_for_a_kind_of_organisation_before_a_name_makes_it_one(vocab, rows, ents, name):
    assert_organisation(vocab, rows, ents, name)


def test_a_kind_noun_right_before_a_name_the_parser_made_a_second_subject_makes_it_one(vocab):
    # "the state news agency Xinhua reported ." with the noun and the name both subjects (and
    # the name a small Chinese town's, which the gazetteer knows)
    rows = [
        ("the", 3, "det", "DET"),
        ("state", 3, "compound", "NOUN"),
        ("news", 3, "compound", "NOUN"),
        ("agency", 5, "nsubj", "NOUN"),
        ("Xinhua", 5, "nsubj", "PROPN"),
        ("reported", 5, "ROOT", "VERB"),
        (".", 5, "punct", "PUNCT"),
    ]
    assert_organisation(vocab, rows, [(4, 5, "GPE")], "Xinhua")


@pytest.mark.parametrize(
    ("place", "job", "label"),
    [
        ("Bernstein", "analyst", "ORG"),  # no place of that name: the firm she works for
        ("Leeds", "analyst", "GPE"),  # a place the gazetteer knows stays one
        ("Bernstein", "protester", "GPE"),  # someone there, holding no job there
    ],
)
def test_a_name_right_after_a_job_and_at_is_where_they_work(vocab, place, job, label):
    # "said Ann Lee , an analyst at Bernstein ."
    rows = [
        ("said", 0, "ROOT", "VERB"),
        ("Ann", 2, "compound", "PROPN"),
        ("Lee", 0, "nsubj", "PROPN"),
        (",", 2, "punct", "PUNCT"),
        ("an", 5, "det", "DET"),
        (job, 2, "appos", "NOUN"),
        ("at", 5, "prep", "ADP"),
        (place, 6, "pobj", "PROPN"),
        (".", 0, "punct", "PUNCT"),
    ]
    doc = parsed_doc(vocab, rows, [(1, 3, "PERSON"), (7, 8, "GPE")], lambda word, _: word.lower())
    labels = {cluster.name: cluster.label for cluster in find_entities(doc, []).clusters}
    assert labels[place] == label


def test_a_party_named_after_its_kind_is_an_organisation(vocab):
    # "under his former party Civic Platform ."
    rows = [
        ("under", 0, "ROOT", "ADP"),
        ("his", 3, "poss", "PRON"),
        ("former", 3, "amod", "ADJ"),
        ("party", 5, "compound", "NOUN"),
        ("Civic", 5, "compound", "PROPN"),
        ("Platform", 0, "pobj", "PROPN"),
        (".", 0, "punct", "PUNCT"),
    ]
    assert_organisation(vocab, rows, [(4, 6, "PERSON")], "Civic Platform")


def test_a_people_after_such_a_noun_stays_a_people(vocab):
    # "the party 's evangelical Christians ." : a nationality or faith is no organisation
    rows = [
        ("the", 1, "det", "DET"),
        ("party", 4, "compound", "NOUN"),
        ("evangelical", 4, "amod", "ADJ"),
        ("voters", 4, "compound", "NOUN"),
        ("Christians", 4, "ROOT", "PROPN"),
    ]
    doc = parsed_doc(vocab, rows, [(4, 5, "NORP")], lambda word, _: word.lower())
    assert [c.label for c in find_entities(doc, [], labels=("NORP",)).clusters] == ["NORP"]


def assert_organisation(vocab, rows, ents, name):
    doc = parsed_doc(vocab, rows, ents, lambda word, tag: word.lower().removesuffix("s") if tag == "NOUN" else word)
    labels = {cluster.name: cluster.label for cluster in find_entities(doc, []).clusters}
    assert labels[name] == "ORG"


def test_a_person_s_name_after_such_a_noun_stays_a_person(vocab):
    # "joined the company Tom Ward founded ." misparsed with the name in apposition
    rows = [
        ("joined", 0, "ROOT", "VERB"),
        ("the", 2, "det", "DET"),
        ("company", 0, "dobj", "NOUN"),
        ("Tom", 4, "compound", "PROPN"),
        ("Ward", 2, "appos", "PROPN"),
        ("founded", 0, "advcl", "VERB"),
        (".", 0, "punct", "PUNCT"),
    ]
    doc = parsed_doc(vocab, rows, [(3, 5, "PERSON")])
    assert [cluster.label for cluster in find_entities(doc, []).clusters] == ["PERSON"]


@pytest.mark.parametrize(
    ("words", "ent", "label"),
    [
        ("ALDI also cut its limits on Monday .", (0, 1, "PERSON"), "ORG"),  # a brand in capitals
        ("OBAMA TO CREATE A MARINE PARK .", (0, 1, "PERSON"), "PERSON"),  # a headline in capitals
        ("praised by FDR in 1936 .", (2, 3, "PERSON"), "PERSON"),  # a president's initials
        ("In a News.com.au report , sales rose .", (2, 3, "GPE"), "ORG"),  # a site's address
    ],
)
def test_how_a_name_is_written_can_say_it_is_an_organisation(vocab, words, ent, label):
    doc = make_doc(vocab, words.split(), [ent])
    assert [cluster.label for cluster in find_entities(doc, []).clusters] == [label]


@pytest.mark.parametrize(
    ("words", "ent", "found"),
    [
        ("identified by the Kepler space telescope .", (3, 4, "PERSON"), []),  # a craft named after him
        ("NASA 's James Webb Space Telescope will launch .", (2, 4, "PERSON"), []),
        ("the James Webb Space Agency said .", (1, 3, "PERSON"), [("James Webb", "PERSON")]),
        ("He died at John Radcliffe Hospital later .", (3, 6, "PERSON"), [("John Radcliffe Hospital", "FAC")]),
        ("unlike Archaeopteryx , it ran .", (1, 2, "PERSON"), []),  # an animal's genus
        ("after Brexit , prices rose .", (1, 2, "PERSON"), []),  # a leaving, named as a blend with "exit"
        ("after Megxit , prices rose .", (1, 2, "GPE"), []),
        ("unlike Hoxit , it ran .", (1, 2, "PERSON"), [("Hoxit", "PERSON")]),  # too short for a blend
        ("the ruling in Trump v. Trump stood .", (3, 6, "PERSON"), []),  # a case at law
        ("they cited Roe vs Wade .", (2, 5, "PERSON"), []),
        ("Ronald V. Dellums spoke .", (0, 3, "PERSON"), [("Ronald V. Dellums", "PERSON")]),  # an initial
        ("Johannes Kepler was born in 1571 .", (0, 2, "PERSON"), [("Johannes Kepler", "PERSON")]),
    ],
)
def test_things_named_after_people_and_animals_are_no_people(vocab, words, ent, found):
    tokens = words.split()
    pos = ["PROPN" if token[0].isupper() else "NOUN" if token.isalpha() else "PUNCT" for token in tokens]
    doc = Doc(vocab, words=tokens, pos=pos)
    doc.ents = [Span(doc, *ent)]
    assert [(c.name, c.label) for c in find_entities(doc, []).clusters if c.label != "ORG"] == found


@pytest.mark.parametrize(
    ("words", "ents", "name", "code"),
    [
        # a country named right after the place
        ("They won at Cotton Tree , Australia on Saturday .", [(3, 5, "GPE"), (6, 7, "GPE")], "Cotton Tree", "AU"),
        # a street or a building in an article whose places are in one country
        (
            "Fans came from Brisbane and Sydney to Grenada Street .",
            [(3, 4, "GPE"), (5, 6, "GPE"), (7, 9, "FAC")],
            "Grenada Street",
            "AU",
        ),
        # a region gets none, nor does a place in a list of countries
        (
            "Talks in Cairo , Athens and the Middle East .",
            [(2, 3, "GPE"), (4, 5, "GPE"), (7, 9, "LOC")],
            "Middle East",
            None,
        ),
        (
            "Troops from Freedonia , Greece and Cyprus .",
            [(2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")],
            "Freedonia",
            None,
        ),
        # a county named the British way, in any article
        ("The crash happened in Wendleshire .", [(4, 5, "GPE")], "Wendleshire", "GB"),
        ("The crash happened in Shire .", [(4, 5, "GPE")], "Shire", None),
    ],
)
def test_a_place_the_gazetteer_does_not_know_gets_the_country_the_text_puts_it_in(vocab, words, ents, name, code):
    doc = make_doc(vocab, words.split(), ents)
    _, places, _, _ = find_entities(doc, []).records()
    assert {place.name: place.country_code for place in places}[name] == code


@pytest.mark.parametrize(
    ("verb", "label"),
    [("entered", "GPE"), ("shelled", "GPE"), ("captured", "PERSON"), ("met", "PERSON")],
)
def test_what_troops_enter_or_shell_is_a_place(vocab, verb, label):
    # "troops <verb> Tell Tamer and Ain Issa ." with the towns tagged as people
    rows = [
        ("troops", 1, "nsubj", "NOUN"),
        (verb, 1, "ROOT", "VERB"),
        ("Tell", 3, "compound", "PROPN"),
        ("Tamer", 1, "dobj", "PROPN"),
        ("and", 3, "cc", "CCONJ"),
        ("Ain", 6, "compound", "PROPN"),
        ("Issa", 3, "conj", "PROPN"),
        (".", 1, "punct", "PUNCT"),
    ]
    verbs = {"entered": "enter", "shelled": "shell", "captured": "capture"}
    doc = parsed_doc(vocab, rows, [(2, 4, "PERSON"), (5, 7, "PERSON")], lambda word, _: verbs.get(word, word))
    assert sorted(c.label for c in find_entities(doc, []).clusters) == [label, label]


@pytest.mark.parametrize(
    ("words", "tags", "ents", "people"),
    [
        # a plural noun capitalised because it opens the sentence
        ("Photographs , videos were deleted .", ["NNS", ",", "NNS", "VBD", "VBN", "."], [(0, 1)], []),
        # a surname of someone named in full stays theirs, however it was tagged
        (
            "Ann Sanders spoke . Sanders said so .",
            ["NNP", "NNP", "VBD", ".", "NNS", "VBD", "RB", "."],
            [(0, 2), (4, 5)],
            [("Ann Sanders", 2)],
        ),
    ],
)
def test_a_capitalised_plural_noun_opening_a_sentence_is_no_person(vocab, words, tags, ents, people):
    tokens = words.split()
    sent_starts = [token_index == 0 or tokens[token_index - 1] == "." for token_index in range(len(tokens))]
    doc = Doc(vocab, words=tokens, tags=tags, sent_starts=sent_starts)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in ents]
    assert names(find_entities(doc, []), "PERSON") == people


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("NIAID", "National Institute of Allergy and Infectious Diseases"),  # its initials: the name runs on
        ("NBA", "National Institute of Allergy"),  # another acronym: the name stays as the model cut it
    ],
)
def test_a_long_name_cut_at_and_runs_on_to_its_acronym(vocab, acronym, name):
    words = [
        "the",
        "National",
        "Institute",
        "of",
        "Allergy",
        "and",
        "Infectious",
        "Diseases",
        "(",
        acronym,
        ")",
        "said",
    ]
    spaces = [True, True, True, True, True, True, True, True, False, False, True, False]
    doc = make_doc(vocab, words, [(1, 5, "ORG"), (9, 10, "ORG")], spaces=spaces)
    assert name in [cluster.name for cluster in find_entities(doc, []).clusters]


def test_the_cheap_bounds_on_spelling_variants_decide_as_the_full_ratio_does():
    """The matcher's quick upper bounds only skip work: every pair is decided as by the full
    ratio alone."""
    import difflib
    import itertools

    from quotex.entities.people import SPELLING_VARIANT_RATIO, _similar_word

    words = (
        "zelenskyy zelensky zelenskiy gaddafi qaddafi kadhafi clinton clintons klinton johnson jonson jansen".split()
    )
    for a, b in itertools.product(words, repeat=2):
        by_ratio = a == b or (
            min(len(a), len(b)) >= 5
            and difflib.SequenceMatcher(None, a, b).ratio() >= SPELLING_VARIANT_RATIO
            and (a[0] == b[0] or a[1:3] == b[1:3])
        )
        assert _similar_word(a, b) == by_ratio, (a, b)
    assert _similar_word("zelenskyy", "zelensky") and not _similar_word("johnson", "jansen")


def _title_after_organisation(vocab, words, org_end):
    """ "<words 0..org_end> <Title> <First> <Last> spoke .": the first words tagged as an
    organisation, the last two as a person."""
    n = len(words)
    heads = [org_end] * org_end + [n - 3, n - 3, n - 2, n - 2, n - 2]
    heads[org_end] = n - 3
    deps = ["compound"] * (n - 3) + ["nsubj", "ROOT", "punct"]
    pos = ["PROPN"] * (n - 2) + ["VERB", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 0, org_end, label="ORG"), Span(doc, n - 4, n - 2, label="PERSON")]
    return find_entities(doc, [])


@pytest.mark.parametrize(
    "words, org_end, organisations",
    [
        ("Police and Crime Commissioner Sam Mold spoke .".split(), 3, []),
        ("Justice Secretary Ann Yousaf spoke .".split(), 1, []),
        ("EU Commissioner Ann Vestager spoke .".split(), 1, [("EU", 1)]),  # an acronym names the body
        ("Communications Office Secretary Tom Reyes spoke .".split(), 2, [("Communications Office", 1)]),
        ("Acme President Tom Reyes spoke .".split(), 1, [("Acme", 1)]),  # no portfolio title
    ],
)
def test_the_portfolio_of_a_title_is_no_organisation(vocab, words, org_end, organisations):
    index = _title_after_organisation(vocab, words, org_end)
    assert names(index, "ORG") == organisations
    assert len(index.people()) == 1


def _flat_doc(vocab, rows, ents):
    """rows: (word, pos, space after); every word hangs on the first verb; ents: (start, end, label)."""
    words, pos, spaces = (list(column) for column in zip(*rows, strict=True))
    root = pos.index("VERB")
    heads = [root] * len(words)
    deps = ["ROOT" if number == root else "dep" for number in range(len(words))]
    doc = Doc(vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_a_long_name_cut_at_a_dash_runs_on_to_the_body_it_names(vocab):
    rows = [
        ("the", "DET", True),
        ("Harvard", "PROPN", False),
        ("–", "PUNCT", False),
        ("Smithsonian", "PROPN", True),
        ("Center", "PROPN", True),
        ("for", "ADP", True),
        ("Astrophysics", "PROPN", True),
        ("said", "VERB", False),
        (".", "PUNCT", False),
    ]
    index = find_entities(_flat_doc(vocab, rows, [(1, 2, "ORG")]), [])
    assert names(index, "ORG") == [("Harvard–Smithsonian Center for Astrophysics", 1)]


def test_an_institution_runs_on_to_its_place_which_is_still_a_place(vocab):
    rows = [
        ("the", "DET", True),
        ("Supreme", "PROPN", True),
        ("Court", "PROPN", True),
        ("of", "ADP", True),
        ("the", "DET", True),
        ("United", "PROPN", True),
        ("Kingdom", "PROPN", True),
        ("ruled", "VERB", False),
        (".", "PUNCT", False),
    ]
    index = find_entities(_flat_doc(vocab, rows, [(1, 3, "ORG"), (5, 7, "GPE")]), [])
    assert names(index, "ORG") == [("Supreme Court of the United Kingdom", 1)]
    assert [c.name for c in index.clusters if c.place] == ["United Kingdom"]


@pytest.mark.parametrize(
    "rows, ents, organisation",
    [
        (  # a title of someone there
            [
                ("the", "DET", True),
                ("White", "PROPN", True),
                ("House", "PROPN", True),
                ("Chief", "PROPN", True),
                ("of", "ADP", True),
                ("Staff", "PROPN", True),
                ("spoke", "VERB", False),
                (".", "PUNCT", False),
            ],
            [(1, 3, "ORG")],
            "White House",
        ),
        (  # capitalised words with no "of"/"for" joining them
            [("the", "DET", True), ("FBI", "PROPN", True), ("Director", "PROPN", True), ("spoke", "VERB", False)],
            [(1, 2, "ORG")],
            "FBI",
        ),
        (  # two names joined by a hyphen
            [("the", "DET", True), ("EU", "PROPN", False), ("-", "PUNCT", False), ("Turkey", "PROPN", True)]
            + [("deal", "NOUN", True), ("held", "VERB", False)],
            [(1, 2, "ORG")],
            "EU",
        ),
    ],
)
def test_what_follows_an_organisation_is_not_always_the_rest_of_its_name(vocab, rows, ents, organisation):
    index = find_entities(_flat_doc(vocab, rows, ents), [])
    assert names(index, "ORG") == [(organisation, 1)]


@pytest.mark.parametrize(
    "rows, label",
    [
        (  # a place with a match score after it: its team
            [("Teams", "NOUN", True), ("beat", "VERB", True), ("Noosa", "PROPN", True), ("32–22", "NUM", False)],
            "ORG",
        ),
        (
            [("They", "PRON", True), ("beat", "VERB", True), ("Noosa", "PROPN", True), ("32", "NUM", False)]
            + [("-", "PUNCT", False), ("22", "NUM", False)],
            "ORG",
        ),
        (  # a date after the place is no score
            [("They", "PRON", True), ("visited", "VERB", True), ("Noosa", "PROPN", True), ("in", "ADP", True)]
            + [("2020", "NUM", False)],
            "GPE",
        ),
    ],
)
def test_a_place_with_a_match_score_after_it_is_its_team(vocab, rows, label):
    index = find_entities(_flat_doc(vocab, rows, [(2, 3, "GPE")]), [])
    assert [c.label for c in index.clusters] == [label]


def test_a_full_name_tagged_a_person_the_first_time_of_two_gives_a_surname(vocab):
    """The model took "Qandeel Baloch" for a person, then for an organisation, and "Baloch"
    on its own for a place: the surname of a person named in full is that person."""
    words = "Qandeel Baloch spoke . Qandeel Baloch wrote . Baloch left .".split()
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (4, 6, "ORG"), (8, 9, "GPE")])
    index = find_entities(doc, [])
    assert names(index, "PERSON") == [("Qandeel Baloch", 3)]
    assert [c for c in index.clusters if c.place] == []


@pytest.mark.parametrize(
    "words, ents, places",
    [
        (  # the acronym's long form in brackets: Iraq and Syria are words of the name
            "fighters of ISIS ( Islamic State of Iraq and Syria ) escaped from Raqqa .".split(),
            [(2, 3, "ORG"), (7, 8, "GPE"), (9, 10, "GPE"), (13, 14, "GPE")],
            set(),
        ),
        (  # brackets after an acronym they do not spell: a place of its own
            "fighters of ISIS ( based in Syria ) escaped from Raqqa .".split(),
            [(2, 3, "ORG"), (6, 7, "GPE"), (10, 11, "GPE")],
            {"Syria"},
        ),
    ],
)
def test_a_place_in_an_acronym_s_long_form_is_no_mention(vocab, words, ents, places):
    index = find_entities(make_doc(vocab, words, ents), [])
    named = {c.name for c in index.clusters if c.place}
    assert named & {"Iraq", "Syria"} == places and len(named - {"Iraq", "Syria"}) == 1  # and Raqqa


@pytest.mark.parametrize(
    "words, organisations",
    [
        ("the Archbishop of Gdansk spoke .".split(), []),  # a person's title and what it is of
        ("the Knights of Columbus spoke .".split(), [("Knights of Columbus", 1)]),  # a body
        ("the Bank of Ruritania spoke .".split(), [("Bank of Ruritania", 1)]),
    ],
)
def test_a_title_and_what_it_is_of_is_no_organisation(vocab, words, organisations):
    rows = [(word, "DET" if word == "the" else "VERB" if word == "spoke" else "PROPN", True) for word in words]
    index = find_entities(_flat_doc(vocab, rows, [(0, 4, "ORG")]), [])
    assert names(index, "ORG") == organisations


def test_the_place_a_title_is_of_is_a_place(vocab):
    words = "the Premier of Queensland spoke .".split()
    rows = [(word, "DET" if word == "the" else "VERB" if word == "spoke" else "PROPN", True) for word in words]
    index = find_entities(_flat_doc(vocab, rows, [(0, 4, "ORG")]), [])
    assert names(index, "ORG") == []
    assert [(c.name, c.place.country_code) for c in index.clusters if c.place] == [("Queensland", "AU")]


# --- sports sides named after their towns ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "side"),
    [
        ("University coach Brad Tronc said .", True),
        ("Maroochydore assistant coach Ben Radmall said .", True),  # a rank before the position
        ("Caloundra half back Jarrod Kidston said .", True),  # a position of two words
        ("Dayton council leader Brad Tronc said .", False),  # no position on a side
        ("England captain Brad Tronc said .", False),  # a home nation's side stays the nation
    ],
)
def test_a_place_before_a_coach_s_or_player_s_position_is_its_side(vocab, words, side):
    words = words.split()
    rows = [(word, "VERB" if word == "said" else "PROPN", True) for word in words]
    index = find_entities(_flat_doc(vocab, rows, [(0, 1, "GPE"), (len(words) - 4, len(words) - 2, "PERSON")]), [])
    assert ([c.label for c in index.clusters if c.name == words[0]] == ["ORG"]) is side


@pytest.mark.parametrize(
    ("words", "side"),
    [
        ("Stoke City manager Brad Tronc said .", True),  # a club's name before its manager's
        ("Leeds United boss Brad Tronc said .", True),
        ("Dayton Springs manager Brad Tronc said .", False),  # a town's name may run a shop
        ("Orange County manager Brad Tronc said .", False),  # and a US county has a manager
    ],
)
def test_a_club_s_name_before_its_manager_is_its_side(vocab, words, side):
    words = words.split()
    rows = [(word, "VERB" if word == "said" else "PROPN", True) for word in words]
    index = find_entities(_flat_doc(vocab, rows, [(0, 2, "GPE"), (len(words) - 4, len(words) - 2, "PERSON")]), [])
    name = " ".join(words[:2])
    assert ([c.label for c in index.clusters if c.name == name] == ["ORG"]) is side


@pytest.mark.parametrize(
    ("words", "club"),
    [
        # a club's name the model took for a person's, before its manager or a player
        ("Manchester United manager Brad Tronc said .", True),
        ("Stoke City striker Brad Tronc said .", True),
        ("Tobin Ashworth Brad Tronc said .", False),  # no position after it: a person's name
    ],
)
def test_a_club_s_name_taken_for_a_person_before_its_staff_is_the_club(vocab, words, club):
    words = words.split()
    rows = [(word, "VERB" if word == "said" else "PROPN", True) for word in words]
    index = find_entities(_flat_doc(vocab, rows, [(0, 2, "PERSON"), (len(words) - 4, len(words) - 2, "PERSON")]), [])
    labels = [c.label for c in index.clusters if c.name == " ".join(words[:2])]
    assert (labels == ["ORG"]) is club


@pytest.mark.parametrize(
    ("words", "label"),
    [
        ("West Yorkshire Police said so .", "ORG"),  # a place's force, in the model's place name
        ("Gauteng Government said so .", "ORG"),
        ("West Yorkshire said so .", "GPE"),
    ],
)
def test_a_place_s_name_ending_in_a_body_s_word_is_the_body(vocab, words, label):
    words = words.split()
    rows = [(word, "VERB" if word == "said" else "PROPN", True) for word in words]
    index = find_entities(_flat_doc(vocab, rows, [(0, len(words) - 3, "GPE")]), [])
    assert [c.label for c in index.clusters] == [label]


def test_a_place_before_a_forward_is_its_side(vocab):
    words = "Caloundra forward Brad Tronc said .".split()
    rows = [(word, "VERB" if word == "said" else "PROPN", True) for word in words]
    index = find_entities(_flat_doc(vocab, rows, [(0, 1, "GPE"), (2, 4, "PERSON")]), [])
    assert [c.label for c in index.clusters if c.name == "Caloundra"] == ["ORG"]


def _tagged_doc(vocab, rows, ents):
    """rows: (word, head index, dep, fine tag) per token, for rules that read verb forms."""
    words, heads, deps, tags = (list(column) for column in zip(*rows, strict=True))
    pos = ["PROPN" if tag == "NNP" else "VERB" if tag.startswith("VB") else "X" for tag in tags]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize(
    ("rows", "side"),
    [
        (  # "University were able to pull away ."
            [("University", 1, "nsubj", "NNP"), ("were", 1, "ROOT", "VBD"), ("able", 1, "acomp", "JJ")]
            + [("to", 4, "aux", "TO"), ("pull", 2, "xcomp", "VB"), ("away", 4, "advmod", "RB"), (".", 1, "punct", ".")],
            True,
        ),
        (  # "University have kept top spot ."
            [("University", 2, "nsubj", "NNP"), ("have", 2, "aux", "VBP"), ("kept", 2, "ROOT", "VBN")]
            + [("top", 4, "amod", "JJ"), ("spot", 2, "dobj", "NN"), (".", 2, "punct", ".")],
            True,
        ),
        (  # "University has kept top spot .": the town's singular
            [("University", 2, "nsubj", "NNP"), ("has", 2, "aux", "VBZ"), ("kept", 2, "ROOT", "VBN")]
            + [("top", 4, "amod", "JJ"), ("spot", 2, "dobj", "NN"), (".", 2, "punct", ".")],
            False,
        ),
        (  # "if University were a city": a wish
            [("if", 2, "mark", "IN"), ("University", 2, "nsubj", "NNP"), ("were", 2, "ROOT", "VBD")]
            + [("a", 4, "det", "DT"), ("city", 2, "attr", "NN"), (".", 2, "punct", ".")],
            False,
        ),
        (  # "University and Noosa were close .": a list
            [("University", 3, "nsubj", "NNP"), ("and", 0, "cc", "CC"), ("Noosa", 0, "conj", "NNP")]
            + [("were", 3, "ROOT", "VBD"), ("close", 3, "acomp", "JJ"), (".", 3, "punct", ".")],
            False,
        ),
    ],
)
def test_one_place_with_a_plural_verb_is_its_side(vocab, rows, side):
    index = find_entities(_tagged_doc(vocab, rows, [(0, 1, "GPE")]), [])
    assert ([c.label for c in index.clusters if c.name == "University"] == ["ORG"]) is side


@pytest.mark.parametrize(
    ("after", "side"),
    [(["32–22"], True), (["45", "points", "to", "24"], True), (["in", "2020"], False)],
)
def test_a_place_that_knocks_off_a_side_with_a_score_is_a_side_too(vocab, after, side):
    # "University knocked off Noosa 32–22 ." (any verb: the score says it was a match)
    words = ["University", "knocked", "off", "Noosa", *after, "."]
    heads = [1, 1, 1, 2] + [3] * len(after) + [1]
    deps = ["nsubj", "ROOT", "prep", "pobj"] + ["dep"] * len(after) + ["punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN"] + ["NUM"] * len(after) + ["PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 3, 4, label="GPE")]
    labels = {c.name: c.label for c in find_entities(doc, []).clusters}
    assert (labels["University"] == labels["Noosa"] == "ORG") is side


@pytest.mark.parametrize(
    ("short", "merged"),
    [("Poly", True), ("Polytechni", False), ("Po", False)],  # clipped by three letters or more, of three or more
)
def test_a_clipped_name_is_the_organisation_it_is_clipped_from(vocab, short, merged):
    words = f"Polytechnic won . {short} 's final try came late .".split()
    index = find_entities(make_doc(vocab, words, [(0, 1, "ORG"), (3, 4, "ORG")]), [])
    assert (names(index, "ORG") == [("Polytechnic", 2)]) is merged


def _rows(sentence, verb="said"):
    """_flat_doc rows of a sentence written with spaces between tokens ("Rail ," is "Rail,")."""
    words = sentence.split()
    return [
        (
            word,
            "VERB" if word == verb else "PUNCT" if not word.isalnum() else "ADP" if word.islower() else "PROPN",
            words[i + 1 : i + 2] not in ([","], ["."]),
        )
        for i, word in enumerate(words)
    ]


@pytest.mark.parametrize(
    ("sentence", "ents", "organisation"),
    [
        (  # the list's last item tagged on its own
            "The National Union of Rail , Maritime and Transport Workers said .",
            [(1, 5, "ORG"), (8, 10, "ORG")],
            "National Union of Rail, Maritime and Transport Workers",
        ),
        (  # the list runs into no other name
            "The Ministry of Agriculture , Fisheries and Food said .",
            [(1, 4, "ORG")],
            "Ministry of Agriculture, Fisheries and Food",
        ),
        (  # a comma that opens no list of the name's
            "The Department of State , Treasury officials said .",
            [(1, 4, "ORG")],
            "Department of State",
        ),
        (  # a name with no "of" or "for" has no list after it
            "The Acme Group , Zeta and Omega said .",
            [(1, 3, "ORG")],
            "Acme Group",
        ),
    ],
)
def test_a_list_of_what_a_body_is_of_runs_to_its_and(vocab, sentence, ents, organisation):
    index = find_entities(_flat_doc(vocab, _rows(sentence), ents), [])
    assert [name for name, _ in names(index, "ORG")] == [organisation]


@pytest.mark.parametrize(
    ("acronym", "merged"),
    [("CDC", True), ("DCP", True), ("CD", False), ("CDX", False)],  # three letters or more, in the initials
)
def test_an_acronym_spelling_part_of_a_name_s_initials_is_that_organisation(vocab, acronym, merged):
    words = f"The Centers for Disease Control and Prevention warned . {acronym} said so .".split()
    index = find_entities(make_doc(vocab, words, [(1, 7, "ORG"), (9, 10, "ORG")]), [])
    assert (names(index, "ORG") == [("Centers for Disease Control and Prevention", 2)]) is merged


@pytest.mark.parametrize(
    ("rows", "ents", "label"),
    [
        (  # "They met on our island Crete ." : the name in apposition to a settlement noun
            [("They", 1, "nsubj", "PRON"), ("met", 1, "ROOT", "VERB"), ("on", 1, "prep", "ADP")]
            + [("our", 4, "poss", "PRON"), ("island", 2, "pobj", "NOUN"), ("Crete", 4, "appos", "PROPN")]
            + [(".", 1, "punct", "PUNCT")],
            [(5, 6, "ORG")],
            "GPE",
        ),
        (  # "They shelled the town of Marea ."
            [("They", 1, "nsubj", "PRON"), ("shelled", 1, "ROOT", "VERB"), ("the", 3, "det", "DET")]
            + [("town", 1, "dobj", "NOUN"), ("of", 3, "prep", "ADP"), ("Marea", 4, "pobj", "PROPN")]
            + [(".", 1, "punct", "PUNCT")],
            [(5, 6, "ORG")],
            "GPE",
        ),
        (  # "They fought the Islamic State ." : the settlement noun is the name's own word
            [("They", 1, "nsubj", "PRON"), ("fought", 1, "ROOT", "VERB"), ("the", 4, "det", "DET")]
            + [("Islamic", 4, "compound", "PROPN"), ("State", 1, "dobj", "PROPN"), (".", 1, "punct", "PUNCT")],
            [(3, 5, "ORG")],
            "ORG",
        ),
        (  # "They met the town of Marea Council ." : an organisation's name
            [("They", 1, "nsubj", "PRON"), ("met", 1, "ROOT", "VERB"), ("the", 3, "det", "DET")]
            + [("town", 1, "dobj", "NOUN"), ("of", 3, "prep", "ADP"), ("Marea", 6, "compound", "PROPN")]
            + [("Council", 4, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")],
            [(5, 7, "ORG")],
            "ORG",
        ),
    ],
)
def test_a_name_the_text_calls_a_settlement_is_a_place(vocab, rows, ents, label):
    doc = parsed_doc(vocab, rows, ents, lemma=lambda word, pos: word.lower())
    assert [c.label for c in find_entities(doc, []).clusters] == [label]


@pytest.mark.parametrize(
    ("home", "away", "code"),
    [
        ("Caloundra", "Maroochydore", "AU"),  # two sides named after Australian towns
        ("Nadal", "Djokovic", None),  # players: no town, no country
    ],
)
def test_the_towns_sides_are_named_after_place_the_story(vocab, home, away, code):
    # "Caloundra defeated Maroochydore 45 to 24 at Grenada Street ."
    words = [home, "defeated", away, "45", "to", "24", "at", "Grenada", "Street", "."]
    heads = [1, 1, 1, 1, 3, 4, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "npadvmod", "prep", "pobj", "prep", "compound", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "NUM", "ADP", "NUM", "ADP", "PROPN", "PROPN", "PUNCT"]
    lemmas = [home, "defeat", away, "45", "to", "24", "at", "Grenada", "Street", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="GPE"), Span(doc, 7, 9, label="FAC")]
    clusters = {c.name: c for c in find_entities(doc, []).clusters}
    assert clusters["Grenada Street"].country_code == code


@pytest.mark.parametrize(
    ("words", "organisations"),
    [
        (  # an owner of two words, and a body named like an institution
            "Staff at CU Boulder 's Cooperative Institute for Research said so .",
            ["CU Boulder", "Cooperative Institute for Research"],
        ),
        ("Staff at NASA 's Ames Research Center said so .", ["Ames Research Center", "NASA"]),  # an acronym
        ("Staff at King 's College London said so .", ["King's College London"]),  # one word: the name's own
        ("Staff at Ethiopian People 's Revolutionary Party said so .", ["Ethiopian People's Revolutionary Party"]),
        ("Staff at Acme Holdings 's Corporation said so .", ["Acme Holdings's Corporation"]),  # one word owned
    ],
)
def test_a_body_named_after_another_s_possessive_is_a_body_of_its_own(vocab, words, organisations):
    tokens = words.split()
    spaces = [tokens[i + 1 : i + 2] != ["'s"] for i in range(len(tokens))]
    tags = ["POS" if token == "'s" else "NNP" if token[0].isupper() else "XX" for token in tokens]
    doc = Doc(vocab, words=tokens, spaces=spaces, tags=tags)
    doc.ents = [Span(doc, 2, len(tokens) - 3, label="ORG")]
    assert sorted(name for name, _ in names(find_entities(doc, []), "ORG")) == organisations


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # a presenter, reporter or chief named after the body's possessive, taken as one name
        ("Asked by Fox News ’ Sean Hannity , she smiled .", [("Fox News", "ORG"), ("Sean Hannity", "PERSON")]),
        ("Asked by NBC 's Lester Holt , she smiled .", [("Lester Holt", "PERSON"), ("NBC", "ORG")]),
        # not a thing the body makes, nor a name with no clear first name
        ("Asked by Ford 's Lincoln Motors , she smiled .", [("Ford's Lincoln Motors", "ORG")]),
        ("Asked by Acme 's Zorbl Vantor , she smiled .", [("Acme's Zorbl Vantor", "ORG")]),
    ],
)
def test_a_person_named_after_a_body_s_possessive_is_a_person(vocab, words, found):
    tokens = words.split()
    spaces = [tokens[i + 1 : i + 2] != ["'s"] for i in range(len(tokens))]
    tags = [
        "POS" if token == "'s" else "''" if token == "’" else "NNP" if token[0].isupper() else "XX" for token in tokens
    ]
    doc = Doc(vocab, words=tokens, spaces=spaces, tags=tags)
    end = tokens.index(",")
    doc.ents = [Span(doc, 2, end, label="ORG")]
    index = find_entities(doc, [])
    assert sorted((c.name, c.label) for c in index.clusters) == found


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("Officers from the Brigade de Recherche et d’Intervention said .", "Brigade de Recherche et d’Intervention"),
        ("Officers from the Bank of France et Cie said .", "Bank of France"),  # no particle of French inside
    ],
)
def test_a_name_in_another_language_runs_on_over_its_joiners(vocab, sentence, organisation):
    index = find_entities(_flat_doc(vocab, _rows(sentence), [(3, 6, "ORG")]), [])
    assert [name for name, _ in names(index, "ORG")] == [organisation]


def test_a_short_name_in_brackets_after_a_long_one_is_that_organisation(vocab):
    words = "The University of Colorado Boulder ( CU Boulder ) said . CU Boulder agreed .".split()
    index = find_entities(make_doc(vocab, words, [(1, 5, "ORG"), (11, 13, "ORG")]), [])
    assert names(index, "ORG") == [("University of Colorado Boulder", 2)]


@pytest.mark.parametrize(
    ("bracketed", "organisation"),
    [
        ("Oberster Gerichtshof", True),  # the court's name in German
        ("Ann Lee", False),  # a first name: a person after all
    ],
)
def test_a_name_in_brackets_after_an_organisation_is_its_name(vocab, bracketed, organisation):
    words = f"The Supreme Court of Justice ( {bracketed} ) ruled .".split()
    doc = make_doc(vocab, words, [(1, 5, "ORG"), (6, 8, "PERSON")])
    assert (names(find_entities(doc, []), "ORG") == [("Supreme Court of Justice", 2)]) is organisation


@pytest.mark.parametrize(
    ("short", "label", "merged"),
    [
        ("Wooster", "PERSON", True),  # the model took the short name for a person's
        ("Education", "ORG", True),
        ("Ann", "PERSON", False),  # a first name: someone else
    ],
)
def test_the_one_word_an_institution_is_of_is_that_institution(vocab, short, label, merged):
    words = f"The College of {short} said so . The {short} professor agreed .".split()
    index = find_entities(make_doc(vocab, words, [(1, 4, "ORG"), (8, 9, label)]), [])
    assert (names(index, "ORG") == [(f"College of {short}", 2)]) is merged


@pytest.mark.parametrize(
    ("rows", "person"),
    [
        (  # "Nikos Dendias and Nikos Christodoulides met ." : listed with a person
            [("Nikos", 1, "compound", "PROPN"), ("Dendias", 5, "nsubj", "PROPN"), ("and", 1, "cc", "CCONJ")]
            + [("Nikos", 4, "compound", "PROPN"), ("Christodoulides", 1, "conj", "PROPN")]
            + [("met", 5, "ROOT", "VERB"), (".", 5, "punct", "PUNCT")],
            True,
        ),
        (  # "Nikos Dendias praised Nikos Christodoulides ." : in no list of people
            [("Nikos", 1, "compound", "PROPN"), ("Dendias", 2, "nsubj", "PROPN"), ("praised", 2, "ROOT", "VERB")]
            + [("Nikos", 4, "compound", "PROPN"), ("Christodoulides", 2, "dobj", "PROPN"), (".", 2, "punct", "PUNCT")],
            False,
        ),
    ],
)
def test_a_name_listed_with_someone_of_the_same_first_name_is_a_person(vocab, rows, person):
    second = [i for i, row in enumerate(rows) if row[0] == "Christodoulides"][0]
    doc = parsed_doc(vocab, rows, [(0, 2, "PERSON"), (second - 1, second + 1, "ORG")])
    labels = {c.name: c.label for c in find_entities(doc, []).clusters}
    assert (labels["Nikos Christodoulides"] == "PERSON") is person


@pytest.mark.parametrize(
    ("rows", "ents", "kept"),
    [
        (  # "One antibody cocktail , ZMapp , showed promise ." : a drug
            [("One", 2, "nummod", "NUM"), ("antibody", 2, "compound", "NOUN"), ("cocktail", 7, "nsubj", "NOUN")]
            + [(",", 2, "punct", "PUNCT"), ("ZMapp", 2, "appos", "PROPN"), (",", 2, "punct", "PUNCT")]
            + [("initially", 7, "advmod", "ADV"), ("showed", 7, "ROOT", "VERB"), ("promise", 7, "dobj", "NOUN")]
            + [(".", 7, "punct", "PUNCT")],
            [(4, 5, "ORG")],
            [],
        ),
        (  # "It funds medical services Medicare and Medicaid ." : programmes, the list's second too
            [("It", 1, "nsubj", "PRON"), ("funds", 1, "ROOT", "VERB"), ("medical", 3, "amod", "ADJ")]
            + [("services", 4, "compound", "NOUN"), ("Medicare", 1, "dobj", "PROPN"), ("and", 4, "cc", "CCONJ")]
            + [("Medicaid", 4, "conj", "PROPN"), (".", 1, "punct", "PUNCT")],
            [(4, 5, "ORG"), (6, 7, "ORG")],
            [],
        ),
        (  # "It hired the company Acme ." : a body
            [("It", 1, "nsubj", "PRON"), ("hired", 1, "ROOT", "VERB"), ("the", 3, "det", "DET")]
            + [("company", 4, "compound", "NOUN"), ("Acme", 1, "dobj", "PROPN"), (".", 1, "punct", "PUNCT")],
            [(4, 5, "ORG")],
            ["Acme"],
        ),
    ],
)
def test_a_name_introduced_as_a_kind_of_thing_is_no_entity(vocab, rows, ents, kept):
    doc = parsed_doc(vocab, rows, ents, lemma=lambda word, pos: word.lower().removesuffix("s"))
    assert [name for name, _ in names(find_entities(doc, []))] == kept


@pytest.mark.parametrize(
    ("words", "ents", "place", "code"),
    [
        (  # a house number and a street's first word: an address, in the town named before it
            "After a trial in Paris , they toured 36 Quai des Orfèvres .",
            [(4, 5, "GPE"), (9, 12, "ORG")],
            "36 Quai des Orfèvres",
            "FR",
        ),
        (  # a house number and a street word after the name the model tagged
            "After a trial in Paris , they toured 221 Baker Street .",
            [(4, 5, "GPE"), (9, 10, "PERSON")],
            "221 Baker Street",
            "FR",
        ),
        ("They flew from Brussels Airport .", [(3, 5, "FAC")], "Brussels Airport", "BE"),  # a city in its name
        ("They lived on Grenada Street .", [(3, 5, "FAC")], "Grenada Street", None),  # a street's honours no one
    ],
)
def test_an_address_or_a_building_is_a_place_in_the_country_around_it(vocab, words, ents, place, code):
    tokens = words.split()
    doc = make_doc(vocab, tokens, ents)
    clusters = {c.name: c for c in find_entities(doc, []).clusters if c.label != "ORG"}
    assert clusters[place].country_code == code


def test_a_year_before_a_name_is_no_house_number(vocab):
    doc = make_doc(vocab, "In 2016 Quai Holdings grew .".split(), [(1, 2, "DATE"), (2, 4, "ORG")])
    assert names(find_entities(doc, []), "ORG") == [("Quai Holdings", 1)]


@pytest.mark.parametrize(
    ("words", "ents", "organisations"),
    [
        ("The attack was claimed by the Houthi movement .", [(6, 7, "ORG")], ["Houthi movement"]),
        (  # a person's name: his supporters, and he stays himself
            "Ann Sanders spoke . The Sanders movement grew .",
            [(0, 2, "PERSON"), (5, 6, "ORG")],
            [],
        ),
    ],
)
def test_a_movement_s_name_takes_the_word(vocab, words, ents, organisations):
    index = find_entities(make_doc(vocab, words.split(), ents), [])
    assert [name for name, _ in names(index, "ORG")] == organisations


@pytest.mark.parametrize(
    ("rows", "kept"),
    [
        (  # "Acme makes Kleenex Tissue ." : a product
            [("Acme", 1, "nsubj", "PROPN"), ("makes", 1, "ROOT", "VERB"), ("Kleenex", 3, "compound", "PROPN")]
            + [("Tissue", 1, "dobj", "PROPN"), (".", 1, "punct", "PUNCT")],
            [],
        ),
        (  # "Acme makes Kleenex Tissue happy ." : what the verb makes it
            [("Acme", 1, "nsubj", "PROPN"), ("makes", 1, "ROOT", "VERB"), ("Kleenex", 3, "compound", "PROPN")]
            + [("Tissue", 1, "dobj", "PROPN"), ("happy", 1, "ccomp", "ADJ"), (".", 1, "punct", "PUNCT")],
            ["Kleenex Tissue"],
        ),
    ],
)
def test_what_a_maker_makes_is_a_product(vocab, rows, kept):
    doc = parsed_doc(vocab, rows, [(2, 4, "PERSON")], lemma=lambda word, pos: {"makes": "make"}.get(word, word))
    assert [name for name, _ in names(find_entities(doc, []), "PERSON")] == kept


@pytest.mark.parametrize(
    ("words", "pos", "kept"),
    [
        # an owner's latest one is a product the model took for a body
        ("Acme unveiled its latest Zapphone , shares fell .", "PROPN VERB PRON ADJ PROPN PUNCT NOUN VERB PUNCT", []),
        ("Acme 's new Zapphone sold out .", "PROPN PART ADJ PROPN VERB ADP PUNCT", []),
        # ... but not a body qualifying what follows, nor one with no owner
        ("Acme cited its latest Zapphone poll .", "PROPN VERB PRON ADJ PROPN NOUN PUNCT", ["Zapphone"]),
        ("Acme met the new Zapphone , shares fell .", "PROPN VERB DET ADJ PROPN PUNCT NOUN VERB PUNCT", ["Zapphone"]),
        # a maker's name between "a" and a model's designation is one of its products
        ("He drove a Zapphone XC90 , shares fell .", "PRON VERB DET PROPN PROPN PUNCT NOUN VERB PUNCT", []),
        ("He drove a Zapphone Model 3 , shares fell .", "PRON VERB DET PROPN PROPN NUM PUNCT NOUN VERB PUNCT", []),
        ("He met a Zapphone executive , shares fell .", "PRON VERB DET PROPN NOUN PUNCT NOUN VERB PUNCT", ["Zapphone"]),
    ],
)
def test_an_owner_s_latest_or_a_model_is_a_product(vocab, words, pos, kept):
    tokens = words.split()
    tags = ["POS" if token == "'s" else "XX" for token in tokens]
    doc = Doc(vocab, words=tokens, pos=pos.split(), tags=tags)
    at = tokens.index("Zapphone")
    doc.ents = [Span(doc, at, at + 1, label="ORG")]
    assert [name for name, _ in names(find_entities(doc, []), "ORG")] == kept


@pytest.mark.parametrize(
    ("words", "ents", "kept"),
    [
        ("It breaks the Law of the Sea .", [(6, 7, "LOC")], []),  # a kind of place alone
        ("They sailed the Aegean Sea .", [(3, 5, "LOC")], ["Aegean Sea"]),
        ("It is named for the Swahili phrase pamoja .", [(5, 6, "GPE")], []),  # a language
        ("It is named for the Swahili coast .", [(5, 6, "GPE")], ["Swahili"]),
    ],
)
def test_a_landform_word_or_a_language_is_no_place(vocab, words, ents, kept):
    index = find_entities(make_doc(vocab, words.split(), ents), [])
    assert [name for name, _ in names(index)] == kept


@pytest.mark.parametrize(
    ("words", "pos", "body"),
    [
        ("Dayton police said so .", "PROPN NOUN VERB ADV PUNCT", "Dayton police"),
        ("Dayton criminal court ruled .", "PROPN ADJ NOUN VERB PUNCT", "Dayton criminal court"),  # an adjective between
        ("Dayton police officers said so .", "PROPN NOUN NOUN VERB ADV PUNCT", None),  # a thing of the body's
        ("Dayton residents said so .", "PROPN NOUN VERB ADV PUNCT", None),  # no body
    ],
)
def test_a_place_and_a_noun_for_its_government_police_or_court_name_a_body(vocab, words, pos, body):
    doc = Doc(vocab, words=words.split(), pos=pos.split())
    doc.ents = [Span(doc, 0, 1, label="GPE")]
    index = find_entities(doc, [])
    assert [name for name, _ in names(index, "ORG")] == ([body] if body else [])
    assert [name for name, _ in names(index, "GPE")] == ["Dayton"]  # the place stays


@pytest.mark.parametrize(
    ("words", "label"),
    [
        ("They played at the Great Orchestra of Christmas Charity .", "ORG"),  # a body's ending
        ("They played at the Great Orchestra of Christmas Centre .", "GPE"),  # a venue, often
    ],
)
def test_a_place_named_like_a_body_is_an_organisation(vocab, words, label):
    tokens = words.split()
    doc = make_doc(vocab, tokens, [(4, len(tokens) - 1, "GPE")])
    assert [c.label for c in find_entities(doc, []).clusters] == [label]


@pytest.mark.parametrize(
    ("rows", "kept"),
    [
        (  # "It will make an Order ." : one thing of a kind
            [("It", 2, "nsubj", "PRON"), ("will", 2, "aux", "AUX"), ("make", 2, "ROOT", "VERB")]
            + [("an", 4, "det", "DET"), ("Order", 2, "dobj", "PROPN"), (".", 2, "punct", "PUNCT")],
            [],
        ),
        (  # "It hired a Deloitte team ." : the article is the team's (the parser may hang it on the name)
            [("It", 1, "nsubj", "PRON"), ("hired", 1, "ROOT", "VERB"), ("a", 3, "det", "DET")]
            + [("Deloitte", 4, "compound", "PROPN"), ("team", 1, "dobj", "NOUN"), (".", 1, "punct", "PUNCT")],
            ["Deloitte"],
        ),
        (  # "It faces a Senate ." : an institution stays itself
            [("It", 1, "nsubj", "PRON"), ("faces", 1, "ROOT", "VERB"), ("a", 3, "det", "DET")]
            + [("Senate", 1, "dobj", "PROPN"), (".", 1, "punct", "PUNCT")],
            ["Senate"],
        ),
    ],
)
def test_a_one_word_name_after_a_or_an_is_one_thing_of_a_kind(vocab, rows, kept):
    name = [i for i, row in enumerate(rows) if row[0] in ("Order", "Deloitte", "Senate")][0]
    doc = parsed_doc(vocab, rows, [(name, name + 1, "ORG")])
    assert [n for n, _ in names(find_entities(doc, []), "ORG")] == kept


@pytest.mark.parametrize(
    ("rows", "kept"),
    [
        (  # "It lies in the constellation Leo ." : the parser hangs the name on the noun before it
            [
                ("It", 1, "nsubj", "PRON"),
                ("lies", 1, "ROOT", "VERB"),
                ("in", 1, "prep", "ADP"),
                ("the", 4, "det", "DET"),
            ]
            + [("constellation", 2, "pobj", "NOUN"), ("Leo", 4, "npadvmod", "PROPN"), (".", 1, "punct", "PUNCT")],
            [],
        ),
        (  # "It lies in the constellation today Leo ." : a noun away from the name says nothing of it
            [
                ("It", 1, "nsubj", "PRON"),
                ("lies", 1, "ROOT", "VERB"),
                ("in", 1, "prep", "ADP"),
                ("the", 4, "det", "DET"),
            ]
            + [("constellation", 2, "pobj", "NOUN"), ("today", 1, "npadvmod", "NOUN"), ("Leo", 4, "npadvmod", "PROPN")]
            + [(".", 1, "punct", "PUNCT")],
            ["Leo"],
        ),
    ],
)
def test_a_name_the_parser_hangs_on_a_kind_of_thing_is_no_entity(vocab, rows, kept):
    name = [i for i, row in enumerate(rows) if row[0] == "Leo"][0]
    doc = parsed_doc(vocab, rows, [(name, name + 1, "ORG")], lemma=lambda word, pos: word.lower())
    assert [n for n, _ in names(find_entities(doc, []))] == kept


@pytest.mark.parametrize(
    ("words", "spaces", "pos", "name", "kept"),
    [
        (  # a coinage in capitals, quoted with no verb: “Witch Hunt garbage.”
            ["He", "called", "it", "“", "Witch", "Hunt", "garbage", ".", "”"],
            [True, True, True, False, True, True, False, False, False],
            "PRON VERB PRON PUNCT PROPN PROPN NOUN PUNCT PUNCT",
            (4, 6),
            False,
        ),
        (  # a quote that goes on to say something of the name: “Haskett lied,” she said
            ["“", "Haskett", "lied", ",", "”", "she", "said", "."],
            [False, True, False, False, True, True, False, False],
            "PUNCT PROPN VERB PUNCT PUNCT PRON VERB PUNCT",
            (1, 2),
            True,
        ),
        (  # the mark before the name closes the quote before it: "Low energy" Haskett Brown
            ["He", "mocked", '"', "Low", "energy", '"', "Haskett", "Brown", "."],
            [True, True, False, True, False, True, True, False, False],
            "PRON VERB PUNCT ADJ NOUN PUNCT PROPN PROPN PUNCT",
            (6, 8),
            True,
        ),
        (  # what people call someone: chants of “Bobby!”
            ["They", "chanted", "“", "Bobby", "!", "”"],
            [True, True, False, False, False, False],
            "PRON VERB PUNCT PROPN PUNCT PUNCT",
            (3, 4),
            True,
        ),
    ],
)
def test_a_name_opening_a_few_quoted_words_without_a_verb_is_a_phrase(vocab, words, spaces, pos, name, kept):
    doc = Doc(vocab, words=words, spaces=spaces, pos=pos.split())
    doc.ents = [Span(doc, *name, label="PERSON")]
    assert bool(names(find_entities(doc, []), "PERSON")) is kept


@pytest.mark.parametrize(
    ("words", "tagged", "name"),
    [
        ("Debbie Wasserman Schultz spoke .", (1, 3), "Debbie Wasserman Schultz"),  # a first name
        ("Sławoj Leszek Głódź spoke .", (1, 3), "Sławoj Leszek Głódź"),  # letters English words lack
        ("Pollster Ann Selzer spoke .", (1, 3), "Ann Selzer"),  # a description
        ("Crooked Hillary Clinton spoke .", (1, 3), "Hillary Clinton"),  # a headline's word
        ("Senator Debbie Wasserman Schultz spoke .", (2, 4), "Debbie Wasserman Schultz"),  # a title stops it
    ],
)
def test_a_first_name_the_parser_joined_to_a_person_s_name_is_part_of_it(vocab, words, tagged, name):
    tokens = words.split()
    last = tagged[1] - 1
    rows = [(word, last, "compound", "PROPN") for word in tokens[:last]]
    rows += [
        (tokens[last], last + 1, "nsubj", "PROPN"),
        ("spoke", last + 1, "ROOT", "VERB"),
        (".", last + 1, "punct", "PUNCT"),
    ]
    doc = parsed_doc(vocab, rows, [(*tagged, "PERSON")])
    assert [n for n, _ in names(find_entities(doc, []), "PERSON")] == [name]


@pytest.mark.parametrize(
    ("words", "ents", "people"),
    [
        (  # "the producer Who Gives a Crap said": a thing of a kind, not someone
            "The producer Who Gives a Crap said so .",
            [(5, 6, "PERSON")],
            [],
        ),
        (  # a surname of someone the article names: one of the family
            "Ann Kennedy spoke . He is a Kennedy .",
            [(0, 2, "PERSON"), (7, 8, "PERSON")],
            [("Ann Kennedy", 2)],
        ),
    ],
)
def test_a_one_word_name_after_a_is_no_person_unless_the_article_names_them(vocab, words, ents, people):
    tokens = words.split()
    article = tokens.index("a")
    heads = list(range(len(tokens)))
    heads[article] = article + 1
    deps = ["dep"] * len(tokens)
    deps[article] = "det"
    doc = Doc(vocab, words=tokens, heads=heads, deps=deps)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert names(find_entities(doc, []), "PERSON") == people


def _org_names(index):
    return sorted((c.name, len(c.mentions)) for c in index.clusters if c.label == "ORG")


@pytest.mark.parametrize(
    ("words", "ents", "organisations"),
    [
        (  # a company's first words: its short name
            "Ford Motor Company filed . Ford agreed .",
            [(0, 3, "ORG"), (5, 6, "ORG")],
            [("Ford Motor Company", 2)],
        ),
        (  # no legal form: a body named after someone is its own
            "The Ford Foundation gave . Ford agreed .",
            [(1, 3, "ORG"), (5, 6, "ORG")],
            [("Ford", 1), ("Ford Foundation", 1)],
        ),
        ("NBC News reported . NBC said so .", [(0, 2, "ORG"), (4, 5, "ORG")], [("NBC News", 2)]),  # a news arm
        (  # more than a news arm: the paper of a university
            "Yale Daily News reported . Yale said so .",
            [(0, 3, "ORG"), (5, 6, "ORG")],
            [("Yale", 1), ("Yale Daily News", 1)],
        ),
        ("ABC News reported . ABC Australia said so .", [(0, 2, "ORG"), (4, 6, "ORG")], [("ABC Australia", 2)]),
        (  # a country's company, with a legal form of its own
            "Facebook Ireland Limited lost . Facebook said so .",
            [(0, 3, "ORG"), (5, 6, "ORG")],
            [("Facebook", 1), ("Facebook Ireland Limited", 1)],
        ),
        (  # two full names with their legal forms: two companies
            "Ford Motor Co. and Ford Motor Credit Co. agreed .",
            [(0, 3, "ORG"), (4, 8, "ORG")],
            [("Ford Motor Co.", 1), ("Ford Motor Credit Co.", 1)],
        ),
        (
            "The Defence Forces need it . The Defence Force agreed .",
            [(1, 3, "ORG"), (7, 9, "ORG")],
            [("Defence Forces", 2)],
        ),
        (  # an acronym's thing: a mention of it, which keeps its name
            "ISIS fighters fled the ISIS Caliphate .",
            [(0, 1, "ORG"), (4, 6, "ORG")],
            [("ISIS", 2)],
        ),
        ("The NRA and the NRA Foundation gave .", [(1, 2, "ORG"), (4, 6, "ORG")], [("NRA", 1), ("NRA Foundation", 1)]),
        # a nation's arm is a body of its own
        (
            "The NHS and NHS England and NHS Scotland agreed .",
            [(1, 2, "ORG"), (3, 5, "ORG"), (6, 8, "ORG")],
            [("NHS", 1), ("NHS England", 1), ("NHS Scotland", 1)],
        ),
        # "Council" alone in a story about one council is that council
        (
            "Riverton Council met . Council leader Sam Patel spoke .",
            [(0, 2, "ORG"), (4, 5, "ORG")],
            [("Riverton Council", 2)],
        ),
        # with two councils named, either may be meant
        (
            "Riverton Council met Leeds City Council . Council leader Sam Patel spoke .",
            [(0, 2, "ORG"), (3, 6, "ORG"), (7, 8, "ORG")],
            [("Council", 1), ("Leeds City Council", 1), ("Riverton Council", 1)],
        ),
        # news's short name for a body, after a country's name too
        ("The US Federal Reserve met . The Fed agreed .", [(1, 4, "ORG"), (7, 8, "ORG")], [("US Federal Reserve", 2)]),
        (
            "the Liberal Democrats met . The Lib Dems agreed .",
            [(2, 3, "NORP"), (6, 8, "ORG")],
            [("Liberal Democrats", 2)],
        ),
    ],
)
def test_short_forms_of_an_organisation_s_name_are_one_entry(vocab, words, ents, organisations):
    assert _org_names(find_entities(make_doc(vocab, words.split(), ents), [])) == organisations


@pytest.mark.parametrize(
    ("words", "ents", "organisations"),
    [
        # a ministry tagged from its last word
        (
            "A Department for Work and Pensions spokesman said so .",
            [(5, 6, "ORG")],
            ["Department for Work and Pensions"],
        ),
        (
            "The Ministry of Housing , Communities and Local Government agreed .",
            [(8, 10, "ORG")],
            ["Ministry of Housing, Communities and Local Government"],
        ),
        # a body the model left untagged before its spokesperson
        ("A Great Western Railway spokesperson said so .", [], ["Great Western Railway"]),
        # a person's spokesman is no body's
        ("A Tom Ward spokesman said so .", [], []),
    ],
)
def test_bodies_named_around_their_spokespeople_and_ministries(vocab, words, ents, organisations):
    tokens = words.split()
    spaces = [not (i + 1 < len(tokens) and tokens[i + 1] in (",", ".")) for i in range(len(tokens))]
    pos = ["PROPN" if word[0].isupper() and word not in ("A", "The") else "NOUN" for word in tokens]
    doc = Doc(vocab, words=tokens, spaces=spaces, pos=pos)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert sorted(c.name for c in find_entities(doc, []).clusters if c.label == "ORG") == organisations


@pytest.mark.parametrize(
    ("words", "organisations"),
    [
        ("It was no open race of the IAAF .", ["IAAF"]),
        ("The FEC has deadlocked .", ["FEC"]),
        ("Aid reached the USA on Monday .", []),  # a place
        ("They fought the AIDS epidemic .", []),  # an illness
        ("He met the POTUS today .", []),  # an office
        ("It spread the SARS - CoV .", []),  # a word of a longer name
        ("THROUGH THE LENS , a story .", []),  # a heading in capitals
    ],
)
def test_initials_after_the_that_the_model_left_untagged_are_a_body_s(vocab, words, organisations):
    tokens = words.split()
    pos = ["PROPN" if word.isupper() and len(word) > 1 else "NOUN" for word in tokens]
    doc = Doc(vocab, words=tokens, pos=pos)
    doc.ents = []  # the model tagged nothing
    assert sorted(c.name for c in find_entities(doc, []).clusters if c.label == "ORG") == organisations


@pytest.mark.parametrize(
    ("words", "ents", "places", "organisations"),
    [
        # places listed in one span the model took for a work of art
        ("Missiles struck Kharkiv and Odesa overnight .", [(2, 5, "WORK_OF_ART")], ["Kharkiv", "Odesa"], []),
        # a real title naming a place stays no entity
        ("She read Paris and Other Poems .", [(2, 6, "WORK_OF_ART")], [], []),
        # a name ending in capitals is a firm's, whatever the model said; a platform by name
        ("OpenAI said so . Users left for Bluesky .", [(0, 1, "PERSON"), (7, 8, "PERSON")], [], ["Bluesky", "OpenAI"]),
        # a surname with a capital inside stays a person's
        ("DeSantis said so .", [(0, 1, "PERSON")], [], []),
    ],
)
def test_names_of_recent_news_the_small_model_mistypes(vocab, words, ents, places, organisations):
    doc = proper_noun_doc(vocab, words, ents)
    index = find_entities(doc, [])
    assert sorted(c.name for c in index.clusters if c.label in ("GPE", "LOC")) == places
    assert sorted(c.name for c in index.clusters if c.label == "ORG") == organisations


@pytest.mark.parametrize(
    ("words", "ents", "places", "people"),
    [
        # a capital the small model took for a person's name (it knew "Kiev")
        ("The UK stood by Kyiv .", [(1, 2, "GPE"), (4, 5, "PERSON")], ["Kyiv", "United Kingdom"], []),
        # left untagged altogether
        ("Kyiv said it would not negotiate .", [], ["Kyiv"], []),
        # a big city named after someone is no capital: the model's person stays
        ("Officials thanked Kennedy .", [(2, 3, "PERSON")], [], ["Kennedy"]),
        # nor is an old name or a code of a place its own: Donetsk was Stalino, MAR is Morocco's
        ("Officials thanked Stalin .", [(2, 3, "PERSON")], [], ["Stalin"]),
        # a word of a person's name the model tagged
        ("Ben Rhodes spoke . Aides met Rhodes .", [(0, 2, "PERSON")], [], ["Ben Rhodes"]),
    ],
)
def test_a_capital_or_country_the_model_missed_or_took_for_someone_is_a_place(vocab, words, ents, places, people):
    doc = proper_noun_doc(vocab, words, ents)
    index = find_entities(doc, [])
    assert sorted(c.name for c in index.clusters if c.label in ("GPE", "LOC")) == places
    assert [name for name, _ in names(index, "PERSON")] == people


@pytest.mark.parametrize(
    ("words", "ents", "organisations", "places"),
    [
        # the model tags the members as a group, and the party's first word as a place
        ("Polls put the Liberal Democrats third .", [(4, 5, "NORP")], [("Liberal Democrats", 1)], []),
        ("Polls put the Sweden Democrats second .", [(3, 4, "GPE"), (4, 5, "NORP")], [("Sweden Democrats", 1)], []),
        # members from a state or of a chamber, with no "the": no party's name
        ("Polls say Texas Democrats lost .", [(2, 3, "GPE"), (3, 4, "NORP")], [], ["Texas"]),
        ("Polls say the Senate Democrats lost .", [(3, 4, "ORG"), (4, 5, "NORP")], [("Senate", 1)], []),
        # a capital "The" mid-sentence names the party by its members
        ("She speaks for The Greens today .", [(4, 5, "NORP")], [("Greens", 1)], []),
        ("“ The Democrats will win , ” he said .", [(2, 3, "NORP")], [], []),
    ],
)
def test_the_and_a_word_before_a_party_s_members_name_the_party(vocab, words, ents, organisations, places):
    index = find_entities(make_doc(vocab, words.split(), ents), [])
    assert _org_names(index) == organisations
    assert [c.name for c in index.clusters if c.label in ("GPE", "LOC")] == places


def test_a_name_s_gloss_in_its_own_language_and_its_short_name_in_brackets_are_one_entry(vocab):
    # "Law and Justice (Polish: Prawo i Sprawiedliwość) won. HDT Ipari Kft. (HDT Limited) bought it. HDT grew."
    words = ["Law", "and", "Justice", "(", "Polish", ":", "Prawo", "i", "Sprawiedliwość", ")", "won", "."]
    words += ["HDT", "Ipari", "Kft", ".", "(", "HDT", "Limited", ")", "bought", "it", ".", "HDT", "grew", "."]
    spaces = [True, True, True, False, False, True, True, True, False, True, False, True]
    spaces += [True, True, False, True, False, True, False, True, True, False, True, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    # the model tags the gloss from its last word, and the company without its first
    doc.ents = [Span(doc, 0, 3, "ORG"), Span(doc, 8, 9, "ORG"), Span(doc, 13, 15, "ORG")]
    doc.ents = list(doc.ents) + [Span(doc, 17, 19, "ORG"), Span(doc, 23, 24, "ORG")]
    assert _org_names(find_entities(doc, [])) == [("Ipari Kft", 3), ("Law and Justice", 2)]
    index = find_entities(doc, [])
    law = next(c for c in index.clusters if c.name == "Law and Justice")
    assert sorted(m.text for m in law.mentions) == ["Law and Justice", "Prawo i Sprawiedliwość"]


def test_an_english_and_does_not_begin_a_name(vocab):
    doc = make_doc(vocab, "Smith and Wesson sued .".split(), [(2, 3, "ORG")])
    assert _org_names(find_entities(doc, [])) == [("Wesson", 1)]


@pytest.mark.parametrize(
    ("words", "ents", "person"),
    [
        (  # two people of one surname, one of them written by first name only
            "A film by Tomasz and Marek Sekielski . Tomasz Sekielski 's film won .",
            [(5, 7, "PERSON"), (8, 10, "ORG")],
            True,
        ),
        (  # a place joined to a name
            "A film by Warsaw and Marek Sekielski . Warsaw Sekielski 's film won .",
            [(3, 4, "GPE"), (5, 7, "PERSON"), (8, 10, "ORG")],
            False,
        ),
    ],
)
def test_a_first_name_joined_to_a_full_name_by_and_shares_its_surname(vocab, words, ents, person):
    doc = make_doc(vocab, words.split(), ents)
    people = [c.name for c in find_entities(doc, []).clusters if c.label == "PERSON"]
    assert (words.split()[8] + " Sekielski" in people) is person


def test_a_place_s_parliament_is_the_parliament_of_the_place(vocab):
    words = "The Parliament of the United Kingdom sat . The UK parliament rose .".split()
    pos = "DET PROPN ADP DET PROPN PROPN VERB PUNCT DET PROPN NOUN VERB PUNCT".split()
    doc = Doc(vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 1, 6, "ORG"), Span(doc, 9, 10, "GPE")]
    assert _org_names(find_entities(doc, [])) == [("Parliament of the United Kingdom", 2)]


def test_a_name_glossed_in_its_language_in_brackets_after_an_organisation_is_its_name(vocab):
    # "The Supreme Court (German: Oberster Gerichtshof) ruled."
    words = ["The", "Supreme", "Court", "(", "German", ":", "Oberster", "Gerichtshof", ")", "ruled", "."]
    spaces = [True, True, True, False, False, True, True, False, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 1, 3, "ORG"), Span(doc, 4, 5, "NORP"), Span(doc, 6, 8, "PERSON")]
    index = find_entities(doc, [])
    assert [c.name for c in index.clusters if c.label == "PERSON"] == []
    court = next(c for c in index.clusters if c.label == "ORG")
    assert sorted(m.text for m in court.mentions) == ["Oberster Gerichtshof", "Supreme Court"]


@pytest.mark.parametrize(("pronoun", "person"), [("he", "Mark Meadows"), ("she", "Debbie Meadows")])
def test_a_shared_surname_goes_to_the_one_its_pronoun_fits(vocab, pronoun, person):
    # "Mark Meadows spoke . Debbie Meadows spoke . Meadows said he would retire ."
    rows = [("Mark", 1, "compound", "PROPN"), ("Meadows", 2, "nsubj", "PROPN"), ("spoke", 2, "ROOT", "VERB")]
    rows += [(".", 2, "punct", "PUNCT"), ("Debbie", 5, "compound", "PROPN"), ("Meadows", 6, "nsubj", "PROPN")]
    rows += [("spoke", 6, "ROOT", "VERB"), (".", 6, "punct", "PUNCT"), ("Meadows", 9, "nsubj", "PROPN")]
    rows += [("said", 9, "ROOT", "VERB"), (pronoun, 12, "nsubj", "PRON"), ("would", 12, "aux", "AUX")]
    rows += [("retire", 9, "ccomp", "VERB"), (".", 9, "punct", "PUNCT")]
    doc = parsed_doc(vocab, rows, [(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 9, "PERSON")])
    clusters = {c.name: c for c in find_entities(doc, []).clusters}
    assert any(m.start == doc[8].idx for m in clusters[person].mentions)


def _country_code(cluster):
    return cluster.place.country_code if cluster.place is not None else cluster.country_code


@pytest.mark.parametrize(
    ("words", "ents", "place", "code"),
    [
        ("It spread in Cambridge , Massachusetts , near Boston .", [(3, 4, "GPE"), (5, 6, "GPE")], "Cambridge", "US"),
        ("It spread in Cambridge , England , on Friday .", [(3, 4, "GPE"), (5, 6, "GPE")], "Cambridge", "GB"),
        ("They met in Paris , Texas .", [(3, 4, "GPE"), (5, 6, "GPE")], "Paris", "US"),
        ("They met in Paris and Berlin .", [(3, 4, "GPE"), (5, 6, "GPE")], "Paris", "FR"),
        # a state by its abbreviation, and a town named as news names a bigger city elsewhere
        ("They met in Manchester , N.H. , on Friday .", [(3, 4, "GPE"), (5, 6, "GPE")], "Manchester", "US"),
        ("They met in Odessa , Texas , on Friday .", [(3, 4, "GPE"), (5, 6, "GPE")], "Odessa", "US"),
    ],
)
def test_a_town_takes_the_country_of_the_state_or_country_named_after_it(vocab, words, ents, place, code):
    clusters = {c.name: c for c in find_entities(make_doc(vocab, words.split(), ents), []).clusters}
    assert _country_code(clusters[place]) == code


@pytest.mark.parametrize(
    ("words", "ents", "places"),
    [
        (  # two names joined by "and" that are one country's name
            "Trinidad and Tobago reported cases .",
            [(0, 1, "GPE"), (2, 3, "ORG")],
            [("Trinidad and Tobago", "TT")],
        ),
        ("Crete and Cyprus agreed .", [(0, 1, "GPE"), (2, 3, "GPE")], [("Crete", "GR"), ("Cyprus", "CY")]),
        ("Trinidad reported cases .", [(0, 1, "GPE")], [("Trinidad", "TT")]),  # an island, not Bolivia's town
    ],
)
def test_islands_and_countries_named_in_two_names_are_placed(vocab, words, ents, places):
    index = find_entities(make_doc(vocab, words.split(), ents), [])
    assert sorted((c.name, _country_code(c)) for c in index.clusters) == places


@pytest.mark.parametrize(
    ("rows", "ents", "label"),
    [
        (  # "Hart runs T.J. Hart , a survey firm ." : a noun for a body in apposition after it
            [("Hart", 1, "nsubj", "PROPN"), ("runs", 1, "ROOT", "VERB"), ("T.J.", 3, "compound", "PROPN")]
            + [("Hart", 1, "dobj", "PROPN"), (",", 3, "punct", "PUNCT"), ("a", 7, "det", "DET")]
            + [("survey", 7, "compound", "NOUN"), ("firm", 3, "appos", "NOUN"), (".", 1, "punct", "PUNCT")],
            [(2, 4, "PERSON")],
            "ORG",
        ),
        (  # "Zabir Okonkwo of Lee Group , a consulting company , spoke ." : the noun is the group's
            [("Zabir", 1, "compound", "PROPN"), ("Okonkwo", 10, "nsubj", "PROPN"), ("of", 1, "prep", "ADP")]
            + [("Lee", 4, "compound", "PROPN"), ("Group", 2, "pobj", "PROPN"), (",", 1, "punct", "PUNCT")]
            + [("a", 8, "det", "DET"), ("consulting", 8, "compound", "NOUN"), ("company", 1, "appos", "NOUN")]
            + [(",", 1, "punct", "PUNCT"), ("spoke", 10, "ROOT", "VERB"), (".", 10, "punct", "PUNCT")],
            [(0, 2, "PERSON"), (3, 5, "ORG")],
            "PERSON",
        ),
    ],
)
def test_a_noun_for_a_body_in_apposition_right_after_a_name_makes_it_an_organisation(vocab, rows, ents, label):
    doc = parsed_doc(vocab, rows, ents, lemma=lambda word, pos: word.lower())
    first = next(c for c in find_entities(doc, []).clusters if c.mentions[0].start == doc[ents[0][0]].idx)
    assert first.label == label


@pytest.mark.parametrize(
    ("words", "ents", "people"),
    [
        ("She won an Oscar .", [(3, 4, "PERSON")], []),  # a first name after "an": an award
        ("Oscar Lee spoke . He is an Oscar .", [(0, 2, "PERSON"), (7, 8, "PERSON")], ["Oscar Lee"]),
    ],
)
def test_a_first_name_after_a_or_an_is_no_one_unless_someone_of_that_name_is_named(vocab, words, ents, people):
    tokens = words.split()
    heads, deps = list(range(len(tokens))), ["dep"] * len(tokens)
    article = len(tokens) - 3
    heads[article], deps[article] = article + 1, "det"
    doc = Doc(vocab, words=tokens, heads=heads, deps=deps)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert [c.name for c in find_entities(doc, []).clusters if c.label == "PERSON"] == people


def test_a_score_the_model_ran_into_a_name_is_no_part_of_it_whatever_the_label(vocab):
    doc = make_doc(vocab, "Chelsea beat Tottenham 3-0 at home .".split(), [(0, 1, "ORG"), (2, 4, "PERSON")])
    assert all("3-0" not in c.name for c in find_entities(doc, []).clusters)


def _sides(vocab, rows, ents, tags=None):
    words, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    lemmas = [{"drew": "draw", "beat": "beat", "lost": "lose", "were": "be"}.get(w, w.lower()) for w in words]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return {c.name: c.label for c in find_entities(doc, []).clusters}


def test_a_town_a_side_draws_with_is_its_team(vocab):
    rows = [("Bayern", 1, "compound", "PROPN"), ("Munich", 2, "nsubj", "PROPN"), ("drew", 2, "ROOT", "VERB")]
    rows += [("with", 2, "prep", "ADP"), ("Hamburg", 3, "pobj", "PROPN"), (".", 2, "punct", "PUNCT")]
    assert _sides(vocab, rows, [(0, 2, "ORG"), (4, 5, "GPE")])["Hamburg"] == "ORG"
    rows[2] = ("lost", 2, "ROOT", "VERB")  # candidates lose to each other: no match
    rows[3] = ("to", 2, "prep", "ADP")
    assert _sides(vocab, rows, [(0, 2, "ORG"), (4, 5, "GPE")])["Hamburg"] == "GPE"


@pytest.mark.parametrize(
    ("verb", "tag", "label"),
    [("were", "VBD", "ORG"), ("bless", "VBP", "PERSON")],  # "Ajax were lucky"; not "God bless"
)
def test_one_word_taken_for_someone_with_a_plural_auxiliary_is_a_side(vocab, verb, tag, label):
    rows = [
        ("Ajax", 1, "nsubj", "PROPN"),
        (verb, 1, "ROOT", "AUX"),
        ("lucky", 1, "acomp", "ADJ"),
        (".", 1, "punct", "PUNCT"),
    ]
    assert _sides(vocab, rows, [(0, 1, "PERSON")], tags=["NNP", tag, "JJ", "."])["Ajax"] == label


def test_the_surname_of_someone_named_in_full_is_no_side_even_as_a_town(vocab):
    # "Hillary Clinton spoke . Clinton beat Sanders ." : the candidate, not Clinton, Iowa's team
    rows = [("Hillary", 1, "compound", "PROPN"), ("Clinton", 2, "nsubj", "PROPN"), ("spoke", 2, "ROOT", "VERB")]
    rows += [(".", 2, "punct", "PUNCT"), ("Clinton", 5, "nsubj", "PROPN"), ("beat", 5, "ROOT", "VERB")]
    rows += [("Sanders", 5, "dobj", "PROPN"), (".", 5, "punct", "PUNCT")]
    labels = _sides(vocab, rows, [(0, 2, "PERSON"), (4, 5, "GPE"), (6, 7, "PERSON")])
    assert labels["Hillary Clinton"] == "PERSON" and "Clinton" not in labels


@pytest.mark.parametrize(
    "text, name",
    [
        ("Speaking to reporters on the plane, Trump said he would “look into it.”", "Trump"),
        ("Asked about the report, Sunak said he had full confidence in his ministers.", "Sunak"),
    ],
)
def test_a_lone_surname_that_says_he_or_she_did_something_is_a_person(extract, text, name):
    # the small model tags these surnames as organisations; a body would say "it"
    article = extract(text)
    assert [person.name for person in article.people] == [name]
    assert not article.organisations


@pytest.mark.parametrize(
    "text, organisation",
    [
        # "she" may be the person named the sentence before
        ("Ann Lee resigned on Monday. Google said she would be replaced within a month.", "Google"),
        ("Tom Ward left the firm last year. Microsoft said he had been paid in full.", "Microsoft"),
    ],
)
def test_a_body_that_reports_what_a_person_did_stays_a_body(extract, text, organisation):
    assert organisation in [entity.name for entity in extract(text).organisations]


def test_a_name_is_counted_once_where_a_speaker_label_holds_it(extract):
    text = (
        "Ann Lee spoke to Tom Ward on Sunday.\n\nTOM WARD: Will you run?\n\nANN LEE: I will not.\n\n"
        "WARD: Why not?\n\nLEE: Because the town needs me here.\n"
    )
    counts = {person.name: person.count for person in extract(text).people}
    assert counts == {"Ann Lee": 3, "Tom Ward": 3}


@pytest.mark.parametrize(
    "text, name, count",
    [
        (  # the model leaves the name untagged, and tags the next "Zouari" as an organisation
            "Inside the hall - which looks like a barn except for the missing roof - Tarek Zouari said he and "
            "others were collecting money for the victims. Zouari, a chemistry teacher, said the town was in shock.",
            "Tarek Zouari",
            2,
        ),
        ("Vasquez told the council that he would vote no. “It is a bad deal,” he said.", "Vasquez", 1),
    ],
)
def test_an_untagged_name_that_says_he_or_she_did_something_is_a_person(extract, text, name, count):
    article = extract(text)
    assert [(person.name, person.count) for person in article.people] == [(name, count)]
    assert not article.organisations and not article.places


def test_words_in_a_quote_that_say_he_or_she_are_no_person(extract):
    # in someone's words "she" may be anyone, and a capital opens their sentence
    text = (
        'Tom Ward backed Lee. "It was close," he said. "You have to weigh that, but also what you '
        'have seen yourself. Mine told me that she would be the best mayor."'
    )
    assert "Mine" not in [person.name for person in extract(text).people]


@pytest.mark.parametrize(
    "text, names",
    [
        # the model takes "ten" for a number and stops the name before it
        ("“We were second best today,” admitted United boss Erik ten Hag.", ["Erik ten Hag"]),
        # the model stops after the particles and calls "Leyen" a place
        ("Commission President Ursula von der Leyen said Europe was ready.", ["Ursula von der Leyen"]),
        # the surname with its particle capitalised, opening a sentence, is the same person
        (
            "Mayor Bill de Blasio spoke on Monday. De Blasio said the city was safe. De Blasio then left.",
            ["Bill de Blasio"],
        ),
        # lower-case words the model ran on with are no part of the name
        ("Ann Lee de facto ran the council.", ["Ann Lee"]),
        ("Critics of a Tom Ward-led council spoke.", ["Tom Ward"]),
        # but a given name's syllable after a hyphen is
        ("Former UN chief Ban Ki-moon visited Seoul.", ["Ban Ki-moon"]),
    ],
)
def test_names_with_particles_and_run_on_lower_case_words(extract, text, names):
    assert [person.name for person in extract(text).people] == names


def test_a_foreign_sentence_the_model_calls_a_name_is_none(extract):
    # "En el" (PERSON to the model) is cut after a particle: no name
    text = "The statement read (in Spanish): En el siglo XXI, toda sociedad necesita respetar la ley."
    assert not [person.name for person in extract(text).people if person.name.startswith("En")]


@pytest.mark.parametrize(
    "text, organisation",
    [
        (
            "In an interview with The New York Times, Ann Lee said she would run. The Times reported that aides "
            "were divided.",
            "New York Times",
        ),
        ("The Labour Party won the vote. Labour said it would govern for all.", "Labour Party"),
    ],
)
def test_a_paper_or_party_by_its_short_name_is_the_one_named_in_full(extract, text, organisation):
    assert [(entity.name, entity.count) for entity in extract(text).organisations] == [(organisation, 2)]


def test_the_last_name_of_a_list_is_not_short_for_the_list(extract):
    # the model runs two companies into one name; the second's own mentions stay its own
    text = "Shares of Alphabet and Facebook fell on Monday. Later, Facebook said it would hire more staff."
    names = [entity.name for entity in extract(text).organisations]
    assert "Facebook" in names


@pytest.mark.parametrize(
    "text, name, count",
    [
        # the model calls the name an organisation each time; a list of people holds it
        (
            "That has not kept Tom Hart, Carly Fiorina or Ann Lee from giving paid talks.",
            "Carly Fiorina",
            1,
        ),
        # a person's title for the lone surname, which follows the full name
        (
            "Carly Fiorina said the plan was a mistake. Fiorina, the former Hewlett-Packard CEO, "
            "has spoken at dozens of events.",
            "Carly Fiorina",
            2,
        ),
    ],
)
def test_a_first_name_and_surname_the_article_treats_as_someone_s_is_a_person(extract, text, name, count):
    article = extract(text)
    assert (name, count) in [(person.name, person.count) for person in article.people]
    assert name not in [entity.name for entity in article.organisations]


def test_a_firm_named_after_a_family_stays_a_firm(extract):
    # a plural last word: a side or a firm ("Warner Brothers"), whoever it is listed with
    article = extract("Ann Lee, Tom Ward and Warner Brothers signed the deal.")
    assert "Warner Brothers" not in [person.name for person in article.people]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Her lawyer, Tom Ward KC, said the inquiry was “a whitewash”.", "Tom Ward"),
        ("The prize went to Professor Ann Lee OBE on Monday.", "Ann Lee"),
        ("Tom Ward Jr. said the inquiry was over.", "Tom Ward Jr."),  # a generation is part of the name
    ],
)
def test_letters_after_a_name_for_an_honour_are_not_the_name(extract, text, name):
    assert [person.name for person in extract(text).people] == [name]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Tom Ward Scores Direct Hit On Rival Over Debt", None),
        ("Council Vote Is A Fight Over Harbor Street", None),
        ("Bank of England", "Bank of England"),  # a body's name keeps its small words small
    ],
)
def test_a_headline_in_title_case_is_no_organisation(text, kept):
    assert (not_a_named_thing(text, "ORG") is None) == (kept is not None)
    assert not_a_named_thing(text, "PERSON") is None  # a person's name is read by its own rules


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a first name joined by "and" to a full name shares its surname
        ("A judge jailed Tom and Ann Ward on Monday.", ["Ann Ward", "Tom Ward"]),
        ("The donors Charles and David Koch gave $1 million.", ["Charles Koch", "David Koch"]),
        # not a name with a title between: Tom need not be a Ward
        ("Police met Tom and Sen. Ann Ward on Monday.", ["Ann Ward", "Tom"]),
    ],
)
def test_a_first_name_joined_to_a_full_name_shares_its_surname(extract, text, people):
    assert sorted(person.name for person in extract(text).people) == people


@pytest.mark.parametrize(
    ("text", "organisations", "places"),
    [
        ("FC Barcelona lost on Sunday.", ["FC Barcelona"], []),  # a club's word the model left out
        ("Dynamo Kyiv and Sporting Lisbon drew.", ["Dynamo Kyiv", "Sporting Lisbon"], []),  # taken for people
        ("Lionel Messi scored twice as Inter Miami won 3-1.", ["Inter Miami"], []),  # taken for a place
        ("Real estate prices in Madrid rose.", [], ["Madrid"]),  # the word, not before the place
    ],
)
def test_a_club_s_word_before_a_place_names_the_club(extract, text, organisations, places):
    article = extract(text)
    assert sorted(o.name for o in article.organisations) == organisations
    assert [p.name for p in article.places] == places


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a clear first name and a surname the model left untagged, saying something
        ("Theresa May said on Monday that the deal was done.", [("Theresa May", 1)]),
        # the model took the surname alone for her elsewhere: one person, named in full
        ("Mrs May spoke first.\n\nTheresa May said on Monday that Brexit means Brexit.", [("Theresa May", 2)]),
        # not a body's name that opens with a first name
        ("Did the Clinton Foundation refuse to hand over the documents?", []),
    ],
)
def test_an_untagged_full_name_saying_something_is_a_person(extract, text, people):
    assert [(p.name, p.count) for p in extract(text).people] == people


@pytest.mark.parametrize(
    "text",
    [
        # the model takes "Neighbour Priya Mistry" for an organisation
        "A woman was found dead in Leicester. Neighbour Priya Mistry, 52, told the BBC she had heard shouting.",
        "Witness Tom Hartley said the car had been going fast.",
    ],
)
def test_a_word_for_what_someone_is_opening_a_sentence_is_no_part_of_their_name(extract, text):
    people = [p.name for p in extract(text).people]
    assert people and not any(name.split()[0] in ("Neighbour", "Witness") for name in people)
    assert people[0] in ("Priya Mistry", "Tom Hartley")


def test_a_body_named_after_the_people_it_serves_keeps_its_name(extract):
    article = extract("Patient Safety Network said the wait was far too long.")
    assert [o.name for o in article.organisations] == ["Patient Safety Network"]


def test_a_person_s_name_the_model_took_once_for_a_person_and_else_for_a_place_is_a_person():
    from quotex.entities.labels import _a_person_once
    from quotex.entities.records import Mention

    bond = [Mention(0, 12, "Beverly Bond", "GPE"), Mention(50, 62, "Beverly Bond", "PERSON")]
    assert _a_person_once(bond)
    # never a person to the model, or no first name: a place it does not know stays one
    assert not _a_person_once([Mention(0, 12, "Beverly Bond", "GPE"), Mention(50, 62, "Beverly Bond", "GPE")])
    assert not _a_person_once([Mention(0, 13, "Harbour Point", "GPE"), Mention(50, 63, "Harbour Point", "PERSON")])


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ontario", "CA"),  # a Californian city in GeoNames, a province in the news
        ("Victoria", "AU"),  # a district of Hong Kong there
        ("Bavaria", "DE"),
        ("Tamil Nadu", "IN"),
        ("West Bank", "PS"),
        ("Punjab", None),  # in India and in Pakistan
        ("southern Punjab", None),
        ("Northern California", "US"),  # a compass direction and a state or region
        ("eastern Ontario", "CA"),
    ],
)
def test_states_provinces_and_regions_have_their_country(text, code):
    found = lookup_place(text)
    assert found is not None and found.kind in ("region", "state") and found.country_code == code


def test_an_english_county_is_a_place_but_not_well_known_over_a_surname():
    kent = lookup_place("Kent")
    assert (kent.kind, kent.country_code, kent.well_known) == ("county", "GB", False)
    assert lookup_place("County Cork").country_code == "IE"
    assert lookup_place("County Antrim").country_code == "GB"


@pytest.mark.parametrize(
    "text, place, code",
    [
        ("She grew up in Ontario before moving to Texas.", "Ontario", "CA"),
        ("Ann Lee, who lives in Kent, said the council had ignored her.", "Kent", "GB"),
    ],
)
def test_a_region_in_an_article_is_a_place_with_its_country(extract, text, place, code):
    assert (place, code) in [(p.name, p.country_code) for p in extract(text).places]


def test_a_person_named_like_a_county_stays_a_person(extract):
    article = extract("Tom Kent, a farmer, said the harvest was poor. Kent added that prices had fallen.")
    assert [(p.name, p.count) for p in article.people] == [("Tom Kent", 2)]
    assert not article.places


@pytest.mark.parametrize("text", ["Jane Whitfield spoke to The Herald from her home.", "Ann Lee told the Gazette."])
def test_the_and_a_newspaper_s_name_is_the_newspaper(extract, text):
    article = extract(text)
    assert [o.name for o in article.organisations] in (["Herald"], ["Gazette"])
    assert [p.name for p in article.people] in (["Jane Whitfield"], ["Ann Lee"])


@pytest.mark.parametrize(
    ("words", "ents", "found"),
    [
        # the name a person goes by, inside their full name
        (
            "Luiz Inácio Lula da Silva spoke . Lula said no .",
            [(0, 5, "PERSON"), (7, 8, "PERSON")],
            [("Luiz Inácio Lula da Silva", 2)],
        ),
        # a surname before "Jr."
        (
            "Joseph R. Biden Jr. spoke . Biden said no .",
            [(0, 4, "PERSON"), (6, 7, "PERSON")],
            [("Joseph R. Biden Jr.", 2)],
        ),
        # inside two people's full names: either may be meant
        (
            "Ann Marie Lee spoke . Tom Marie Ward spoke . Marie said no .",
            [(0, 3, "PERSON"), (5, 8, "PERSON"), (10, 11, "PERSON")],
            [("Ann Marie Lee", 1), ("Marie", 1), ("Tom Marie Ward", 1)],
        ),
    ],
)
def test_a_lone_name_inside_one_person_s_full_name_is_them(vocab, words, ents, found):
    assert names(find_entities(make_doc(vocab, words.split(), ents), []), "PERSON") == found


@pytest.mark.parametrize(
    ("word", "dep", "count"),
    [
        ("Lula", "nsubj", 2),  # untagged, as the subject: the person
        ("Lula", "dobj", 1),  # not as the subject
        ("Twitter", "nsubj", 1),  # a platform's name is no one's
    ],
)
def test_an_untagged_word_inside_one_person_s_full_name_as_a_subject_is_them(vocab, word, dep, count):
    rows = [
        ("Luiz", 4, "compound", "PROPN"),
        ("Inácio", 4, "compound", "PROPN"),
        (word if word == "Twitter" else "Lula", 4, "compound", "PROPN"),
        ("da", 4, "compound", "PROPN"),
        ("Silva", 5, "nsubj", "PROPN"),
        ("spoke", 5, "ROOT", "VERB"),
        (".", 5, "punct", "PUNCT"),
        (word, 8 if dep == "nsubj" else 9, dep, "PROPN"),
        ("said", 8, "ROOT", "VERB"),
        ("no", 8, "dobj", "DET"),
        (".", 8, "punct", "PUNCT"),
    ]
    index = find_entities(parsed_doc(vocab, rows, [(0, 5, "PERSON")]), [])
    assert [len(c.mentions) for c in index.people()] == [count]


@pytest.mark.parametrize(
    ("words", "ents", "people"),
    [
        # a family name opening with an Arabic article, which the model tags as a second person
        ("Mohammed bin Salem Al Thani spoke .", [(0, 3), (3, 5)], [("Mohammed bin Salem Al Thani", 1)]),
        ("Mohammed bin Salem Al-Thani spoke .", [(0, 3), (3, 4)], [("Mohammed bin Salem Al-Thani", 1)]),
        ("Ann Lee Tom Ward spoke .", [(0, 2), (2, 4)], [("Ann Lee", 1), ("Tom Ward", 1)]),  # two names
    ],
)
def test_an_arabic_family_name_the_model_tagged_apart_is_the_name_s(vocab, words, ents, people):
    doc = make_doc(vocab, words.split(), [(start, end, "PERSON") for start, end in ents])
    assert names(find_entities(doc, []), "PERSON") == people


def test_a_ministry_written_in_lower_case_after_its_portfolio_is_the_ministry(extract):
    article = extract('Xi spoke.\nForeign ministry spokesman Wang Wenbin said China "firmly opposes" any interference.')
    assert "Foreign" not in [o.name for o in article.organisations]


def test_an_untagged_name_after_a_word_for_what_a_person_is_is_a_person(extract):
    # the small model tags neither "Arsenal" nor "Mikel Arteta" here
    article = extract(
        'Arsenal boss Mikel Arteta was furious with the referee. "It\'s a disgrace," Arteta told Sky Sports.'
    )
    assert [(p.name, p.count, p.role) for p in article.people] == [("Mikel Arteta", 2, "Arsenal boss")]


def test_what_a_piece_of_writing_is_for_is_the_outlet(extract):
    article = extract("Serena Williams retired on Tuesday. In an essay for Vogue, she wrote that she was tired.")
    assert [o.name for o in article.organisations] == ["Vogue"]
    assert [p.name for p in article.people] == ["Serena Williams"]


def test_papers_abroad_named_with_their_own_article_are_organisations(extract):
    article = extract("The story was first reported by Le Monde and El País. Der Spiegel said talks had stalled.")
    assert sorted(o.name for o in article.organisations) == ["Der Spiegel", "El País", "Le Monde"]
    assert article.people == []


@pytest.mark.parametrize(
    ("words", "ents", "organisations", "people"),
    [
        # where someone wrote, taken for a place
        ("She wrote in Vogue that she was tired .", [(3, 4, "GPE")], ["Vogue"], []),
        # a person written in on a ballot stays a person
        ("He wrote in Ron Paul in 2012 .", [(3, 5, "PERSON")], [], ["Ron Paul"]),
    ],
)
def test_what_someone_wrote_in_is_the_outlet(vocab, words, ents, organisations, people):
    tokens = words.split()
    lemmas = ["write" if word == "wrote" else word.lower() for word in tokens]
    doc = Doc(vocab, words=tokens, lemmas=lemmas)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    index = find_entities(doc, [])
    assert sorted(c.name for c in index.clusters if c.label == "ORG") == organisations
    assert [name for name, _ in names(index, "PERSON")] == people


def test_a_grand_slam_is_a_title_won_not_a_place(vocab):
    doc = make_doc(vocab, "She won a career Grand Slam .".split(), [(4, 6, "FAC")])
    assert names(find_entities(doc, [])) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # a noun for a kind of organisation before a name the model left untagged
        ('Train drivers\' trade union Aslef said the plan was "unworkable".', "Aslef"),
        # an outlet someone told something to, named without its "The" as other names are
        ('"We will keep them posted," Ann Lee told The Verge.', "Verge"),
        # a site by its web address
        ("A user shared an article from the Austrian news site oe24.at with some comments.", "oe24.at"),
        # the body a role is of, after a capital "The"
        ("Tom Hart, a columnist at The Age, said the plan would fail.", "Age"),
    ],
)
def test_an_untagged_organisation_named_with_what_it_is(extract, text, name):
    assert name in [o.name for o in extract(text).organisations]


def test_no_untagged_organisation_from_a_person_s_name_or_a_piece_of_a_name(vocab):
    from quotex.entities.organisations import _named_after_its_kind

    def doc_of(words, pos, spaces=None):
        doc = Doc(vocab, words=words, pos=pos, spaces=spaces, lemmas=[w.lower() for w in words])
        doc.ents = []  # the model tagged nothing
        return doc

    union = doc_of(["the", "union", "Aslef", "said"], ["DET", "NOUN", "PROPN", "VERB"])
    assert _named_after_its_kind(union[1]).text == "Aslef"
    # a clear first name and a surname: a person's ("the band Marcus Hale formed")
    band = doc_of(["the", "band", "Marcus", "Hale", "formed"], ["DET", "NOUN", "PROPN", "PROPN", "VERB"])
    assert _named_after_its_kind(band[1]) is None
    # a name that goes on past a hyphen ("the network ABS-CBN")
    words, pos = ["the", "network", "ABS", "-", "CBN", "closed"], ["DET", "NOUN", "PROPN", "PUNCT", "PROPN", "VERB"]
    network = doc_of(words, pos, spaces=[True, True, False, False, True, False])
    assert _named_after_its_kind(network[1]) is None


def test_a_place_with_a_plural_verb_is_its_side_even_when_it_is_also_a_first_name(extract):
    # "Chelsea": a London district, a club, and a first name; the model says organisation
    article = extract("Chelsea are closing in on a deal for the winger, according to reports in Spain.")
    assert [o.name for o in article.organisations] == ["Chelsea"]
    assert "Chelsea" not in [p.name for p in article.places]


@pytest.mark.parametrize(("name", "kept"), [("iZap", []), ("eZap", ["eZap"])])
def test_a_device_named_with_a_small_i_is_a_product(vocab, name, kept):
    tokens = ["Acme", "unveiled", "a", "thinner", name, ",", "shares", "fell", "."]
    doc = Doc(vocab, words=tokens, pos="PROPN VERB DET ADJ PROPN PUNCT NOUN VERB PUNCT".split())
    doc.ents = [Span(doc, 4, 5, label="ORG")]
    assert [found for found, _ in names(find_entities(doc, []), "ORG")] == kept  # "eBay" is a company


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Shares of Nvidia rose 4% on Wednesday after the chipmaker reported record revenue.",
        "Nvidia shares rose 4% on Wednesday after the chipmaker reported record revenue.",
        "Shares in Nvidia rose 4% on Wednesday after the chipmaker reported record revenue.",
    ],
)
def test_a_name_whose_shares_trade_is_a_company(extract, text):
    article = extract(text)
    assert [o.name for o in article.organisations] == ["Nvidia"]
    assert not article.places and not article.people
    (report,) = [q for q in article.quotes if q.cue is not None and q.cue.text == "reported"]
    assert report.speaker.name == "Nvidia"  # "the chipmaker" refers back to it


@pytest.mark.model
def test_a_person_s_stock_answer_is_still_theirs(extract):
    article = extract("Ann Lee met the council on Monday. Ann Lee's stock answer was that the bridge was safe.")
    assert [p.name for p in article.people] == ["Ann Lee"] and not article.organisations


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a club's word after a town names its club, whatever the model took it for
        ("Manchester United sacked the manager", [(0, 2, "PERSON")], [("Manchester United", "ORG")]),
        ("Manchester United sacked the manager", [(0, 1, "GPE")], [("Manchester United", "ORG")]),
        ("Leicester City beat the leaders", [(0, 2, "ORG")], [("Leicester City", "ORG")]),
        # not a place of that name
        ("She moved to Mexico City last year", [(3, 5, "GPE")], [("Mexico City", "GPE")]),
        ("She moved to Cape Town last year", [(3, 5, "GPE")], [("Cape Town", "GPE")]),
    ],
)
def test_a_club_s_word_after_a_town_names_the_club(vocab, words, ents, expected):
    doc = make_doc(vocab, words.split(), ents)
    assert sorted((c.name, c.label) for c in find_entities(doc, []).clusters) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Officials said the mayor was in a serious condition; TVN24 reported he received surgery.", "TVN24"),
        (
            "A separate report published Wednesday in Nature Astronomy found water vapour on the planet.",
            "Nature Astronomy",
        ),
    ],
)
def test_a_name_that_reports_or_publishes_a_study_is_an_outlet(extract, text, outlet):
    assert outlet in [o.name for o in extract(text).organisations]


@pytest.mark.model
def test_a_person_who_reports_something_stays_a_person(extract):
    article = extract("Ann Lee reported the theft to police on Monday.")
    assert [p.name for p in article.people] == ["Ann Lee"] and not article.organisations


def test_an_entity_run_past_a_headline_colon_is_the_label_s_name(vocab):
    """The model ran a headline's label into the words after its colon."""
    doc = make_doc(vocab, "De Blasio : Trust Bratton on security".split(), [(0, 5, "ORG")])
    assert names(find_entities(doc, [])) == [("De Blasio", 1)]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Zurich", "CH"), ("Gdansk", "PL"), ("Thessaloniki", "GR"), ("Lodz", "PL"), ("Malmo", "SE")],
)
def test_a_name_written_without_its_accents_is_the_same_place(text, code):
    assert lookup_place(text).country_code == code


def test_a_small_town_s_name_without_accents_is_no_place():
    # Bānk (India) without its mark is a word: only a city's plain spelling counts
    assert lookup_place("Bank") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Netherlands", "Netherlands"),
        ("the Netherlands", "Netherlands"),  # GeoNames' "The Netherlands"
        ("The Hague", "The Hague"),  # a city whose own name has "The"
        ("Hague", "The Hague"),  # the model leaves "The" out
        ("Cologne", "Cologne"),  # English names, where GeoNames gives Köln, Sevilla, Makkah
        ("Seville", "Seville"),
        ("Mecca", "Mecca"),
    ],
)
def test_places_go_by_the_names_english_news_gives_them(text, name):
    assert lookup_place(text).name == name


def test_a_place_s_name_is_spelled_as_the_article_spells_it_with_one_key(extract):
    plain = extract("Police in Zurich said the suspects had fled.").places
    marked = extract("Police in Zürich said the suspects had fled.").places
    assert [(p.name, p.country_code) for p in plain] == [("Zurich", "CH")]
    assert [(p.name, p.country_code) for p in marked] == [("Zürich", "CH")]
    assert plain[0].key == marked[0].key


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ('Baroness Amos, a former cabinet minister, said she was "deeply disappointed".', "Amos", "female"),
        ("Viscount Hailsham said the bill would fail.", "Hailsham", "male"),
    ],
)
def test_a_peer_s_rank_is_a_title_not_a_name(extract, text, name, gender):
    (person,) = extract(text).people
    assert (person.name, person.gender) == (name, gender)


def test_a_player_s_position_before_the_name_is_a_title(extract):
    text = 'Striker Jamie Hart scored in the 89th minute. "I just hit it," Hart said.'
    (person,) = extract(text).people
    assert (person.name, person.role) == ("Jamie Hart", "Striker")


def test_a_piece_s_format_opening_the_headline_is_no_organisation(extract):
    text = "Q&A: The scientist who counts penguins\n\nHelen Marsh has spent 20 years in Antarctica."
    assert [o.name for o in extract(text).organisations] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The company, Northpak Ltd, had ignored warnings. A spokesperson for Northpak said the firm regretted it.",
            "Northpak Ltd",
        ),
        ("Shares in Halvorsen Group plc fell. Halvorsen said demand had weakened.", "Halvorsen Group"),
    ],
)
def test_a_company_s_first_word_later_on_is_the_company(extract, text, name):
    """The model takes the short form for a surname; a company named with its legal form or
    as a group is called by its first word afterwards."""
    article = extract(text)
    assert article.people == []
    assert [o.name for o in article.organisations] == [name]


def test_a_person_of_that_surname_keeps_it(extract):
    text = "Ann Ford founded Ford Holdings in 1990. Ford said the firm would grow."
    assert [p.name for p in extract(text).people] == ["Ann Ford"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The audit, by the firm Grant Hollis, said controls had been weak.", "organisation"),
        ("The company founder Tom Ward said sales rose.", "person"),
        ("The company Tom Ward founded in 1990 said sales rose.", "person"),
        ("He starred beside the theatre producer Tom Ward in the revival.", "person"),
    ],
)
def test_a_firm_named_after_people_is_a_firm_right_after_the_word(extract, text, kind):
    article = extract(text)
    found = [("person", p.name) for p in article.people] + [("organisation", o.name) for o in article.organisations]
    assert [k for k, name in found if name in ("Grant Hollis", "Tom Ward")] == [kind]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Opposition lawmakers booed and some sang the Marseillaise.", []),
        ("Critics of the Obama administration said the plan had failed.", ["Obama"]),  # the administration's "the"
        ("Ann Ward spoke on Monday. The Wards have said little.", ["Ann Ward", "Wards"]),  # a family
    ],
)
def test_a_lone_name_with_the_before_it_is_a_thing(extract, text, people):
    assert sorted(p.name for p in extract(text).people) == sorted(people)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Residents of Mill Lane said they had been reassured.", None),
        ("Nathan Lane said the show would go on.", "Nathan Lane"),
    ],
)
def test_a_street_after_of_or_on_is_no_person(extract, text, person):
    assert [p.name for p in extract(text).people] == ([person] if person else [])


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Farmer recalls night the river rose\n\nTom Ashby has farmed here for forty years.", ["Tom Ashby"]),
        ("Ann Farmer runs the shop. Farmer said sales were up.", ["Ann Farmer"]),  # her surname
    ],
)
def test_a_word_for_what_someone_is_opening_a_headline_is_no_name(extract, text, people):
    assert [p.name for p in extract(text).people] == people


def test_a_short_name_in_brackets_is_the_body_s_in_any_case(extract):
    text = (
        "The British Airline Pilots' Association (Balpa) said talks had failed. "
        "Balpa will ballot its members next week."
    )
    assert [(o.name, len(o.mentions)) for o in extract(text).organisations] == [
        ("British Airline Pilots' Association", 3)
    ]


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        ("The Unite union called a strike at the plant on Monday.", ["Unite"]),
        ("Workers at the Halden plant said pay talks had failed.", []),  # a place of a company's
    ],
)
def test_a_name_before_union_or_party_is_the_body(extract, text, organisations):
    assert [o.name for o in extract(text).organisations] == organisations


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        ("A spokesman for Devon and Cornwall Police said the road was closed.", ["Devon and Cornwall Police"]),
        ("Insp Jo Kim, of Avon and Somerset Police, said officers attended.", ["Avon and Somerset Police"]),
        # a body of another kind named for two places the gazetteer knows
        (
            "Tom Hale, chairman of the Brighton and Hove Taxi Forum, said drivers were angry.",
            ["Brighton and Hove Taxi Forum"],
        ),
        # a body's name that pairs two words, tagged from the second
        (
            "Greater Manchester Fire and Rescue Service said crews were called at 9.40pm.",
            ["Greater Manchester Fire and Rescue Service"],
        ),
        # a person and a body, and two bodies, stay apart
        ("Ann Lee and Leeds City Council said the bridge would close.", ["Leeds City Council"]),
        ("Apple and Google Play Services said they would comply.", ["Apple", "Google Play Services"]),
    ],
)
def test_a_body_two_places_share_is_one_organisation(extract, text, organisations):
    assert [o.name for o in extract(text).organisations] == organisations


@pytest.mark.model
def test_a_name_after_an_age_and_of_is_where_the_person_lives(extract):
    article = extract("Tom Hale, 27, of Hartcliffe, admitted wounding with intent at Bristol Crown Court on Friday.")
    assert [p.name for p in article.people] == ["Tom Hale"]
    assert "Hartcliffe" in [p.name for p in article.places]


@pytest.mark.model
def test_a_platform_the_model_took_for_a_place_is_an_organisation(extract):
    article = extract("Former engineer Sarah Chen said on LinkedIn that staff had been blindsided.")
    assert "LinkedIn" in [o.name for o in article.organisations] and not article.places


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the headline's first word, capitalised as every first word is, never named again
        (
            "Wildfire forces thousands to flee\n\nMore than 10,000 people were told to leave, Governor Ann Lee said.",
            [("Ann Lee", 1)],
        ),
        # a surname of someone the story names in full
        ("Okafor warns of long fire season\n\nGovernor Ann Okafor said the season would be long.", [("Ann Okafor", 2)]),
    ],
)
def test_a_word_opening_the_headline_and_never_named_again_is_no_name(extract, text, people):
    assert [(p.name, p.count) for p in extract(text).people] == people


@pytest.mark.model
def test_a_one_word_name_that_owns_a_person_is_their_party_or_firm(extract):
    article = extract(
        'Health Secretary Tom Hale urged the union to "step back from the brink". '
        'Labour\'s Wes Streeting said the government had "failed nurses and failed patients".'
    )
    assert [p.name for p in article.people] == ["Tom Hale", "Wes Streeting"]
    assert [o.name for o in article.organisations] == ["Labour"]


@pytest.mark.model
def test_a_name_right_before_a_word_for_an_illness_is_the_illness_s(extract):
    article = extract(
        "What is driving prices up?\n\nBird flu has killed millions of laying hens, said Dr Ann Lee, "
        "an agricultural economist at Iowa State University."
    )
    assert [p.name for p in article.people] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("ents", "expected"),
    [
        # two bodies the model took for one, named on their own elsewhere
        ([(0, 2, "ORG"), (3, 4, "ORG"), (5, 9, "ORG")], [("Acme Foods", 2), ("Globex", 2)]),
        # named only together: one body's name ("Marks and Spencer")
        ([(5, 9, "ORG")], [("Globex and Acme Foods", 1)]),
    ],
)
def test_two_bodies_the_model_took_for_one_are_two(vocab, ents, expected):
    words = "Acme Foods sued Globex . Globex and Acme Foods did not respond .".split()
    doc = make_doc(vocab, words, ents)
    assert names(find_entities(doc, []), "ORG") == expected


@pytest.mark.model
def test_a_firm_whose_name_opens_with_a_first_name_is_still_where_they_work(extract):
    article = extract('"Targets are easy to announce," said Ann Lee, an economist at Asia Decoded in Singapore.')
    assert "Asia Decoded" in [o.name for o in article.organisations]


@pytest.mark.parametrize(
    ("words", "ents", "people"),
    [
        # "Ann Lee won the best actress Emmy": the model took the award for someone
        ("Ann Lee won the best actress Emmy .", [(0, 2, "PERSON"), (6, 7, "PERSON")], [("Ann Lee", 1)]),
        # a person of that first name keeps it
        ("Emmy Lee won . Emmy thanked her mother .", [(0, 2, "PERSON"), (4, 5, "PERSON")], [("Emmy Lee", 2)]),
    ],
)
def test_an_award_named_like_a_person_is_no_one(vocab, words, ents, people):
    doc = make_doc(vocab, words.split(), ents)
    assert names(find_entities(doc, []), "PERSON") == people


def test_a_stock_exchange_and_symbol_after_a_company_are_no_organisations(vocab):
    words = ["Acme", "(", "NYSE", ":", "ACME", ")", "fell", "."]
    spaces = [True, False, False, True, False, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="ORG"), Span(doc, 4, 5, label="ORG")]
    assert doc.text == "Acme (NYSE: ACME) fell."
    assert names(find_entities(doc, []), "ORG") == [("Acme", 1)]


@pytest.mark.parametrize(("word", "label"), [("leader", "ORG"), ("member", "ORG"), ("photo", "PERSON")])
def test_a_name_after_who_leads_or_belongs_to_it_is_a_body(vocab, word, label):
    # "Ann Lee , leader of Fianna Fáil , spoke .", the party tagged as a person
    words = ["Ann", "Lee", ",", word, "of", "Fianna", "Fáil", ",", "spoke", "."]
    doc = make_doc(vocab, words, [(0, 2, "PERSON"), (5, 7, "PERSON")])
    labels = {cluster.name: cluster.label for cluster in find_entities(doc, []).clusters}
    assert labels["Fianna Fáil"] == label


def test_a_name_with_a_first_name_tagged_as_often_a_body_as_a_person_is_a_person(vocab):
    # "Ava Lund 's film won . Ava Lund spoke . Lund said so .", the model calling the first
    # and the last an organisation and a place
    words = "Ava Lund 's film won . Ava Lund spoke . Lund said so .".split()
    doc = make_doc(vocab, words, [(0, 2, "ORG"), (6, 8, "PERSON"), (10, 11, "GPE")])
    assert names(find_entities(doc, []), "PERSON") == [("Ava Lund", 3)]


@pytest.mark.parametrize(
    ("rows", "ents"),
    [
        # "Ann Lee , Tom Hale and Jo Kim spoke ." with the second name a place to the model
        (
            [
                ("Ann", 1, "compound", "PROPN"),
                ("Lee", 8, "nsubj", "PROPN"),
                (",", 1, "punct", "PUNCT"),
                ("Tom", 4, "compound", "PROPN"),
                ("Hale", 1, "conj", "PROPN"),
                ("and", 4, "cc", "CCONJ"),
                ("Jo", 7, "compound", "PROPN"),
                ("Kim", 4, "conj", "PROPN"),
                ("spoke", 8, "ROOT", "VERB"),
                (".", 8, "punct", "PUNCT"),
            ],
            [(0, 2, "PERSON"), (3, 5, "GPE"), (6, 8, "PERSON")],
        ),
        # "said Tom Hale ." : a place does not speak by a person's name
        (
            [
                ("said", 0, "ROOT", "VERB"),
                ("Tom", 2, "compound", "PROPN"),
                ("Hale", 0, "nsubj", "PROPN"),
                (".", 0, "punct", "PUNCT"),
            ],
            [(1, 3, "FAC")],
        ),
    ],
)
def test_a_first_name_and_surname_the_model_took_for_a_place_is_someone_when_the_text_says_so(vocab, rows, ents):
    # listed with people, or speaking
    doc = parsed_doc(vocab, rows, ents, lambda word, _: "say" if word == "said" else word.lower())
    assert ("Tom Hale", 1) in names(find_entities(doc, []), "PERSON")
