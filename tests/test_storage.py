"""Compressed inputs, URLs and web archives, read as plain files are (no model needed)."""

import bz2
import gzip
import io
import lzma

import pytest
import zstandard

from quotex.errors import InputError
from quotex.readers import ReadOptions, format_of, read_path, read_sources, sniff
from quotex.storage import compression_of, inner_name, open_input

LINES = (
    b'{"id": "a", "text": "\\u201cWe will win,\\u201d the mayor said."}\n'
    b'{"id": "b", "text": "Ann Lee said the vote was fair."}\n'
    b"not json\n"
    b'{"text": "An article without an id, said Tom Ward."}\n'
)
COMPRESSORS = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


def _read(path, **options):
    return list(read_path(str(path), options=ReadOptions(**options), on_warning=lambda warning: None))


def _plain(items):
    return [(item.id, item.text, item.meta) if not isinstance(item, InputError) else str(item) for item in items]


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_compressed_jsonl_reads_as_the_plain_file(tmp_path, suffix):
    (tmp_path / "dump.jsonl").write_bytes(LINES)
    (tmp_path / f"dump.jsonl{suffix}").write_bytes(COMPRESSORS[suffix](LINES))
    plain = _plain(_read(tmp_path / "dump.jsonl"))
    compressed = _plain(_read(tmp_path / f"dump.jsonl{suffix}"))
    # same ids (the stem leaves out both suffixes: dump:4), same line numbers in errors
    assert [item if isinstance(item, tuple) else item.replace(suffix, "") for item in compressed] == plain
    assert ("dump:4", "An article without an id, said Tom Ward.", {}) in compressed
    assert any(":3: not valid JSON" in item for item in compressed if isinstance(item, str))


def test_zstd_written_in_several_frames_is_read_to_its_end(tmp_path):
    compressor = zstandard.ZstdCompressor()
    half = LINES.index(b"not json")
    (tmp_path / "dump.jsonl.zst").write_bytes(compressor.compress(LINES[:half]) + compressor.compress(LINES[half:]))
    assert len(_read(tmp_path / "dump.jsonl.zst")) == 4


def test_compressed_text_file_is_one_article_named_without_its_suffixes(tmp_path):
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(b"The mayor said the vote was fair."))
    (source,) = _read(tmp_path / "story.txt.gz")
    assert (source.id, source.text) == ("story", "The mayor said the vote was fair.")


def test_a_compressed_text_over_the_limit_stops_reading_there(tmp_path):
    # a small file that expands hugely (a "zip bomb") is refused after max-chars, not read whole
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 5_000_000))
    (error,) = list(read_sources([str(tmp_path / "bomb.txt.gz")], options=ReadOptions(max_chars=1000)))
    assert isinstance(error, InputError) and "--max-chars" in error.problem


def test_a_corrupt_compressed_file_is_one_error_naming_it(tmp_path):
    varied = b"".join(
        b'{"id": "%d", "text": "The mayor said %d votes were counted."}\n' % (n, n * 7919) for n in range(2000)
    )
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(varied)[:5000])
    items = list(read_sources([str(tmp_path / "cut.jsonl.gz")], on_warning=lambda warning: None))
    assert isinstance(items[-1], InputError)
    assert "cut.jsonl.gz" in items[-1].source and "decompress" in items[-1].problem


def test_folders_take_compressed_article_files_and_leave_other_files(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(LINES))
    (tmp_path / "b.txt.xz").write_bytes(lzma.compress(b"The mayor said the vote was fair."))
    (tmp_path / "photo.jpg.gz").write_bytes(gzip.compress(b"\xff\xd8"))
    ids = [
        item.id
        for item in read_sources([str(tmp_path)], on_warning=lambda warning: None)
        if not isinstance(item, InputError)
    ]
    assert ids == ["a", "b", "a:4", "b"]


def test_compressed_stdin_is_recognised_by_its_first_bytes():
    fmt, stream = sniff(io.BytesIO(gzip.compress(LINES)))
    assert fmt == "jsonl" and stream.read() == LINES


def test_names_say_format_and_compression():
    assert [format_of(name) for name in ("a.jsonl.zst", "a.html.bz2", "a.txt", "crawl.warc.gz", "a.ndjson.xz")] == [
        "jsonl", "html", "text", "warc", "jsonl",
    ]  # fmt: skip
    assert (compression_of("a.JSONL.GZ"), compression_of("a.jsonl")) == ("gzip", None)
    assert inner_name("dump.jsonl.bz2") == "dump.jsonl"


def test_file_urls_read_through_fsspec_like_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "dump.jsonl.gz").write_bytes(gzip.compress(LINES))
    (tmp_path / "sub" / ".hidden.txt").write_text("A hidden file, said Tom.")
    url = f"file://{tmp_path}/sub"
    items = list(read_sources([url], on_warning=lambda warning: None))
    assert [item.id for item in items if not isinstance(item, InputError)] == ["a", "b", "dump:4"]
    assert items[0].path == f"file://{tmp_path}/sub/dump.jsonl.gz"
    with open_input(f"file://{tmp_path}/sub/dump.jsonl.gz") as stream:
        assert stream.read() == LINES
    (missing,) = list(read_sources([f"file://{tmp_path}/nothing.jsonl"]))
    assert isinstance(missing, InputError) and "no such file" in missing.problem


def _warc(path, *, gzipped=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (
        "<html><head><title>Vote</title></head><body><article><p>“We will win the vote this time,” the "
        "mayor, Ann Lee, said on Monday at a rally in the city centre.</p><p>Her opponent Tom Ward said "
        "the count would be close.</p></article></body></html>"
    ).encode()
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)

        def response(url, content_type, body):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)

        response("https://news.example/vote", "text/html; charset=utf-8", page)
        response("https://news.example/logo.png", "image/png", b"\x89PNG\r\n")
        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "a test"}))
        response("https://news.example/empty", "text/html", b"<html><body><script>track()</script></body></html>")


@pytest.mark.parametrize("gzipped", [True, False])
def test_web_archive_gives_an_article_per_html_response_with_its_url_and_date(tmp_path, gzipped):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    _warc(path, gzipped=gzipped)
    vote, empty = _read(path)
    assert vote.id == "https://news.example/vote"
    assert vote.meta["url"] == "https://news.example/vote" and vote.meta["title"] == "Vote"
    assert vote.meta["crawl_date"][:2] == "20" and vote.meta["warc_record_id"].startswith("urn:uuid:")
    assert "We will win the vote this time" in vote.text and "Tom Ward" in vote.text
    # a page with no article is reported with the archive and the page's URL
    assert isinstance(empty, InputError) and empty.source == f"{path}:https://news.example/empty"
