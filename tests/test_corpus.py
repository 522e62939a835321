"""The corpus view: flat tables and counts over quotex output (quotex table, quotex stats)."""

import csv
import io

import orjson
import pytest
from click.testing import CliRunner

from quotex.cli import cli
from quotex.corpus import QuoteFilter, columns, key_of, outlet_of, row_dicts, summarise
from quotex.output_records import record_from_dict
from quotex.writers import TableWriter

ARTICLES = [
    {
        "id": "a",
        "text": "“We will rebuild the bridge,” Mayor Ann Lee said. Tom Hart said it was “a waste.” "
        "She added that the council believes in it.",
        "url": "https://www.ledger.example/bridge",
        "date": "2026-11-03",
    },
    {
        "id": "b",
        "text": "“We are ready,” Ann Lee said in Springfield on Monday.",
        "publisher": "Daily Ledger",
        "date": "2026-12-01T10:00",
    },
]


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def output(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    source = folder / "in.jsonl"
    source.write_bytes(b"".join(orjson.dumps(article) + b"\n" for article in ARTICLES))
    out = folder / "out.jsonl"
    assert run("extract", str(source), "-o", str(out)).exit_code == 0
    return out


def records(path):
    return [record_from_dict(orjson.loads(line)) for line in path.read_bytes().splitlines()]


def article(**fields):
    return record_from_dict({"id": "a", "quotes": [], **fields})


@pytest.mark.parametrize(
    "name, key",
    [("Volodymyr Zelenskyy", "volodymyr zelensky"), ("José  Martí.", "jose marti"), ("O’Brien", "obrien"), ("", None)],
)
def test_the_cross_article_key_ignores_case_accents_and_punctuation(name, key):
    assert key_of(name) == key


def test_the_outlet_is_the_meta_field_naming_it_else_the_urls_host():
    assert outlet_of(article(meta={"publisher": "Daily Ledger", "url": "https://x.example/a"})) == "Daily Ledger"
    assert outlet_of(article(meta={"url": "https://www.ledger.example/bridge"})) == "ledger.example"
    assert outlet_of(article(meta={"url": "https://user@Ledger.example:8080/a?b#c"})) == "ledger.example"
    assert outlet_of(article(meta={})) is None and outlet_of(article()) is None


def test_quote_rows_carry_article_outlet_date_speaker_and_key(output):
    found = [row for record in records(output) for row in row_dicts(record, "quotes")]
    assert [row["article_id"] for row in found] == ["a", "a", "a", "b"]
    first = found[0]
    assert (first["outlet"], first["date"], first["speaker_name"], first["speaker_key"]) == (
        "ledger.example",
        "2026-11-03",
        "Ann Lee",
        "ann lee",
    )
    assert found[-1]["outlet"] == "Daily Ledger" and found[-1]["date"] == "2026-12-01"
    assert set(first) == {name for name, _ in columns("quotes")}


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_table_writes_one_row_per_quote_in_each_text_format(output, fmt):
    result = run("table", str(output), "--format", fmt)
    assert result.exit_code == 0
    if fmt == "jsonl":
        table = [orjson.loads(line) for line in result.stdout.splitlines()]
    else:
        table = list(csv.DictReader(io.StringIO(result.stdout), delimiter="," if fmt == "csv" else "\t"))
    assert [row["speaker_key"] for row in table] == ["ann lee", "tom hart", "ann lee", "ann lee"]


def test_table_of_people_has_one_row_per_entry(output):
    table = list(csv.DictReader(io.StringIO(run("table", str(output), "--kind", "people").stdout)))
    assert [(row["article_id"], row["name"]) for row in table] == [
        ("a", "Ann Lee"),
        ("a", "Tom Hart"),
        ("b", "Ann Lee"),
    ]


def test_parquet_has_typed_columns(output, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "quotes.parquet"
    assert run("table", str(output), "-o", str(target)).exit_code == 0
    table = pq.read_table(target)
    assert table.num_rows == 4
    assert str(table.schema.field("confidence").type) == "double" and str(table.schema.field("start").type) == "int64"


def test_stats_count_speakers_across_articles_by_key(output):
    (summary,) = summarise(records(output)).values()
    assert summary.articles == 2 and summary.quotes == 4
    assert summary.speakers.most_common(1) == [("ann lee", 3)]
    assert summary.entities["people"]["ann lee"] == 2  # articles naming her


def test_stats_filters_and_groups(output):
    speech = summarise(records(output), quote_filter=QuoteFilter(speech_only=True))["all"]
    assert speech.quotes == 4  # "added" reports words
    indirect_only = summarise(records(output), quote_filter=QuoteFilter(types=("indirect",)))["all"]
    assert indirect_only.by_type == {"indirect": 1}
    by_month = summarise(records(output), by="month")
    assert list(by_month) == ["2026-11", "2026-12"]
    by_outlet = summarise(records(output), by="outlet")
    assert set(by_outlet) == {"Daily Ledger", "ledger.example"}


@pytest.mark.parametrize(
    ("kind", "kept"), [("speech", True), ("thought", False), ("topic", False), ("not_said", False)]
)
def test_speech_only_keeps_reports_of_words_said(kind, kept):
    speech_only = QuoteFilter(speech_only=True)
    assert speech_only.keeps_quote("indirect", 0.9, "said", kind) is kept
    assert QuoteFilter().keeps_quote("indirect", 0.9, "said", kind)


def test_stats_for_machines_give_the_same_numbers(output):
    result = run("stats", str(output), "--format", "jsonl")
    found = [orjson.loads(line) for line in result.stdout.splitlines()]
    top = [row for row in found if row["table"] == "top_speakers"]
    assert top[0] == {"group": "all", "table": "top_speakers", "item": "ann lee", "name": "Ann Lee", "count": 3}


def test_stats_prints_tables_for_people(output):
    result = run("stats", str(output), "--by", "outlet")
    assert result.exit_code == 0
    assert "Top speakers" in result.stdout and "Daily Ledger" in result.stdout


def test_a_line_that_is_no_article_record_is_named_and_the_rest_counted(output, tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(b"not json\n" + output.read_bytes())
    result = run("stats", str(mixed), "--format", "csv")
    assert f"{mixed}:1: not valid JSON" in result.stderr
    assert "all,articles,articles,,2" in result.stdout


def test_a_joint_statement_counts_for_each_speaker_and_names_them_in_the_table(extract):
    from quotex.writers import article_to_dict

    article = extract("“We are leaving,” Ann Lee and Tom Ward said in a statement on Monday.")
    record = record_from_dict(orjson.loads(orjson.dumps(article_to_dict(article))))
    summary = summarise([record])["all"]
    assert dict(summary.speakers) == {"ann lee": 1, "tom ward": 1}
    (row,) = row_dicts(record, "quotes")
    assert row["joint_speakers"] == "Ann Lee; Tom Ward"


def test_records_before_schema_1_2_get_their_speakers_key_from_the_linked_entity():
    record = article(
        quotes=[{"type": "direct", "speaker": {"id": "p1", "name": "Lee", "kind": "person"}}],
        speakers=[{"id": "p1", "name": "Lee", "kind": "person", "quotes": 1}],
        people=[{"id": "p1", "name": "Ann Lee", "label": "PERSON", "count": 2, "mentions": [{"start": 7}]}],
    )
    (row,) = row_dicts(record, "quotes")
    assert row["speaker_key"] == "ann lee"
    (person,) = row_dicts(record, "people")
    assert person["first_start"] == 7 and person["mentions"] == 2


def test_a_line_of_the_wrong_shape_names_the_field_and_the_rest_is_counted(output, tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(b'{"id": "x", "quotes": "none"}\n\n' + output.read_bytes())
    result = run("table", str(mixed))
    assert f"{mixed}:1: not a quotex article record" in result.stderr and "$.quotes" in result.stderr
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 4


# values the csv module has to quote: delimiters, quote marks, line breaks of each kind
AWKWARD = ["plain", "a, b", "tab\there", 'say "hi"', "two\nlines", "cr\rhere", "", None, 0.95, 12, "’curly’"]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_the_table_writer_writes_exactly_what_the_csv_module_writes(fmt):
    import random

    rng = random.Random(7)
    shared = [tuple(rng.choice(AWKWARD) for _ in range(2)) for _ in range(40)]
    groups = [
        (first, [tuple(rng.choice(AWKWARD) for _ in range(3)) for _ in range(rng.randint(0, 3))]) for first in shared
    ]
    names = (("a", "string"), ("b", "string"), ("c", "string"), ("d", "string"), ("e", "string"))
    stream = io.BytesIO()
    writer = TableWriter(stream, fmt, names)
    for first, rests in groups:
        writer.write_shared(first, rests)
    writer.write(("one", None, 1.5, "x,y", "z"))
    writer.close()
    expected = io.StringIO()
    reference = csv.writer(expected, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    reference.writerow([name for name, _ in names])
    reference.writerows(first + rest for first, rests in groups for rest in rests)
    reference.writerow(("one", None, 1.5, "x,y", "z"))
    assert stream.getvalue().decode() == expected.getvalue()


def test_stats_and_table_sort_speakers_by_the_kind_of_source_their_role_says(output):
    (summary,) = summarise(records(output)).values()
    # the mayor's two quotes in the first article; Tom Hart and the second article give no role
    assert summary.by_role == {"politics & government": 2, "no role": 2}
    table = [row for record in records(output) for row in row_dicts(record, "quotes")]
    assert [row["speaker_role_category"] for row in table] == [
        "politics & government",
        "no role",
        "politics & government",
        "no role",
    ]
    described = article(
        quotes=[{"type": "direct", "speaker": {"id": "s1", "name": "a police spokesman", "kind": "description"}}]
    )
    assert summarise([described])["all"].by_role == {"spokespeople": 1}
