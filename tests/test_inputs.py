"""Real-world inputs: HTML pages, JSONL dumps, interrupted runs, large files."""

import tracemalloc

import orjson
import pytest
from click.testing import CliRunner

from quotex import api
from quotex.cli import cli
from quotex.errors import ExitCode
from quotex.readers import read_sources

NEWS_PAGE = """<!DOCTYPE html>
<html><head>
<title>Mayor backs bridge plan | The Springfield Courier</title>
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-03-02T09:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/login">Sign in</a></nav></header>
<main><article>
<h1>Mayor backs bridge plan</h1>
<p class="byline">By Jane Reporter</p>
<p>The mayor of Springfield, Ann Lee, defended the new river bridge on Tuesday at a packed
council meeting, saying the town had waited long enough for a safe crossing.</p>
<p>“We have waited long enough for this bridge, and the town deserves a safe crossing,” Lee said.
“The works start in May and the road opens next spring.”</p>
<p>Council member Tom Hart disagreed with the timetable, calling the plan “rushed and far too
expensive for a town of this size.”</p>
<p>The council will vote on the budget for the bridge at its next meeting in April.</p>
</article>
<aside class="related"><h2>Related articles</h2><ul>
<li><a href="/a">“Best bakery in town,” readers say</a></li>
<li><a href="/b">School fair raises record sum</a></li></ul></aside>
<section id="comments"><h2>Comments</h2>
<div class="comment"><p>“This is a disgrace,” wrote Bob from Shelbyville.</p></div>
</section></main>
<footer><p>© 2024 The Springfield Courier. All rights reserved.</p></footer>
</body></html>
"""


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.mark.model
def test_html_page_gives_article_quotes_and_metadata_without_page_chrome(tmp_path, nlp):
    page = tmp_path / "bridge.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    result = run("extract", str(page), "--include-text")
    assert result.exit_code == 0, result.stderr
    record = orjson.loads(result.stdout)
    text = record["text"]
    assert "Related articles" not in text and "disgrace" not in text and "Sign in" not in text
    assert "\n\n" in text  # paragraphs kept
    assert record["meta"]["title"].startswith("Mayor backs bridge plan")
    assert record["meta"]["author"] == "Jane Reporter"
    assert record["meta"]["date"] == "2024-03-02"
    speakers = {q["speaker"]["name"] for q in record["quotes"] if q["speaker"] and q["type"] != "indirect"}
    assert speakers == {"Ann Lee", "Tom Hart"}
    for quote in record["quotes"]:
        for fragment in quote["fragments"]:
            assert text[fragment["start"] : fragment["end"]] == fragment["text"]


def test_html_without_article_text_is_an_error_naming_the_file(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing here</title></head><body><script>var x = 1;</script></body></html>")
    (item,) = list(read_sources([str(page)]))
    assert "empty.html" in str(item) and "no article text" in str(item)


def test_large_jsonl_streams_with_flat_memory(tmp_path):
    dump = tmp_path / "big.jsonl"
    article = {"text": "“The bridge will open in May,” Ann Lee said. " * 40}
    line = orjson.dumps(article) + b"\n"
    with open(dump, "wb") as handle:
        for _number in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert dump.stat().st_size >= 50 * 1024 * 1024
    tracemalloc.start()
    count = sum(1 for _ in read_sources([str(dump)]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count > 20_000
    assert peak < 5 * 1024 * 1024  # a few articles at a time, never the file


def test_interrupted_run_keeps_finished_articles_in_the_partial_file_and_resume_completes_it(
    tmp_path, monkeypatch, nlp
):
    for index in range(4):
        (tmp_path / f"{index}.txt").write_text(f"“Story {index} is here,” Tom Hart said.\n")
    real_run = api.extract_paths

    def interrupted(*args, **kwargs):
        results = real_run(*args, **kwargs)
        for number, result in enumerate(results):
            if number == 2:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(api, "extract_paths", interrupted)
    out = tmp_path / "out" / "quotes.jsonl"
    out.parent.mkdir()
    out.write_bytes(b"an earlier complete output\n")
    result = run("extract", str(tmp_path), "-o", str(out), "--jobs", "1")
    assert result.exit_code == ExitCode.INTERRUPTED
    assert out.read_bytes() == b"an earlier complete output\n"  # not destroyed by a re-run cut short
    partial = out.parent / "quotes.jsonl.partial"
    lines = partial.read_bytes().splitlines(keepends=True)
    assert len(lines) == 2 and all(line.endswith(b"\n") for line in lines)
    assert [orjson.loads(line)["id"] for line in lines] == ["0", "1"]

    monkeypatch.setattr(api, "extract_paths", real_run)
    result = run("extract", str(tmp_path), "-o", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 0
    assert [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()] == ["0", "1", "2", "3"]
    assert not partial.exists()


@pytest.mark.model
def test_resume_after_interruption_completes_the_file(tmp_path, nlp):
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(f"“Story {index} is here,” Tom Hart said.\n")
    out = tmp_path / "quotes.jsonl"
    # a run that died mid-line: two complete lines and a torn third
    first = run("extract", str(tmp_path / "0.txt"), str(tmp_path / "1.txt")).stdout.encode()
    out.write_bytes(first + b'{"schema_version": "1.0", "id": "2", "quo')
    result = run("extract", str(tmp_path), "-o", str(out), "--resume")
    assert result.exit_code == 0
    assert [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()] == ["0", "1", "2"]


def test_windows_line_endings_give_the_same_analysis_as_unix_ones(nlp, seed_text):
    from quotex.api import extract_text

    unix = seed_text
    windows = unix.replace("\n", "\r\n")

    def analysis(text):
        return [(t.text, t.tag_, t.dep_, t.head.text, t.ent_type_) for t in nlp(text) if not t.is_space]

    def quotes(text):
        return [
            (q.type, q.speaker and q.speaker.name, q.text.replace("\r", "")) for q in extract_text(text, nlp=nlp).quotes
        ]

    assert "\r\n" in windows
    assert analysis(windows) == analysis(unix)
    assert quotes(windows) == quotes(unix)


def test_a_name_with_a_typographic_apostrophe_gives_the_same_analysis_as_a_typed_one(nlp):
    from quotex.api import extract_text

    typed = "Former Gov. Martin O'Malley said the plan would fail. O'Malley added that Ann D'Souza agreed."
    typographic = typed.replace("'", "’")

    def analysis(text):
        return [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in nlp(text)]

    def people(text):
        return [(p.name.replace("’", "'"), p.count) for p in extract_text(text, nlp=nlp).people]

    assert analysis(typographic) == analysis(typed)
    assert people(typographic) == people(typed) == [("Martin O'Malley", 2), ("Ann D'Souza", 1)]


@pytest.mark.parametrize("dash", ["―", "‒", "⸺"])
def test_rare_dashes_give_the_same_analysis_as_the_em_dash(nlp, dash):
    text = (
        "PHILADELPHIA — Ann Lee and Tom Hart, two of the survivors, spoke on Tuesday.\n\n"
        "“Who is moderating this thing?” — Maria Lopez, via Facebook"
    )

    def analysis(text):
        return [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in nlp(text)]

    assert analysis(text.replace("—", dash)) == analysis(text)


def test_batches_end_at_their_article_count_or_character_budget_in_input_order():
    items = [("x" * length, name) for length, name in ((10, "a"), (10, "b"), (25, "c"), (5, "d"), (40, "e"), (1, "f"))]
    batches = list(api._batches(items, 3, max_chars=30))
    assert [[name for _, name in batch] for batch in batches] == [["a", "b", "c"], ["d", "e"], ["f"]]
    # an article longer than the budget is a batch alone; the count still ends batches
    assert [len(batch) for batch in api._batches(items, 2, max_chars=1_000)] == [2, 2, 2]
    assert [len(batch) for batch in api._batches([("y" * 50, "long"), ("z", "short")], 64, max_chars=30)] == [1, 1]


@pytest.mark.model
def test_articles_give_the_same_records_however_they_are_batched(nlp, seed_text):
    from quotex.readers import Source
    from quotex.writers import jsonl_line

    stories = [
        "“We will build the bridge this year,” Mayor Ann Lee said in Springfield on Monday.",
        seed_text,
        "Tom Hart, who chairs the council's budget committee, said the plan was rushed.",
    ]
    sources = [Source(f"story-{number}", None, text) for number, text in enumerate(stories * 2)]
    one_batch = [jsonl_line(article) for article in api.process_sources(nlp, sources, batch_chars=10**9)]
    small_batches = [jsonl_line(article) for article in api.process_sources(nlp, sources, batch_chars=100)]
    assert len(one_batch) == 6 and small_batches == one_batch
    assert len(list(api._batches([(source.text, source) for source in sources], 64, 100))) > 1


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("Lena Park; Business reporter", "Lena Park"),  # a byline's job title, listed as an author
        ("Ann Lee; Tom Ward", "Ann Lee; Tom Ward"),
        ("Ann Lee; Chief Political Correspondent; Tom Ward", "Ann Lee; Tom Ward"),
    ],
)
def test_a_byline_s_job_title_is_no_author(authors, expected):
    from quotex.html import _without_job_titles

    assert _without_job_titles(authors) == expected


def test_an_html_byline_with_a_job_title_gives_the_author_alone():
    from quotex.html import extract_html

    page = NEWS_PAGE.replace('<meta name="author" content="Jane Reporter">\n', "").replace(
        "By Jane Reporter", "By Jane Reporter, Business reporter"
    )
    _, meta, _ = extract_html(page.encode(), "bridge.html")
    assert meta.get("author") in (None, "Jane Reporter")
