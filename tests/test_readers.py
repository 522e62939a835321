"""Reading paths, folders, encodings and JSONL: no model needed."""

import io

import pytest

from quotex.decoding import decode_bytes
from quotex.errors import InputError
from quotex.readers import ReadOptions, Source, read_sources, walk_paths


def test_folders_are_walked_sorted_recursively_skipping_hidden(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("c")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    names = [p.replace(str(tmp_path), "") for p in walk_paths([str(tmp_path)])]
    assert names == ["/a.txt", "/b.txt", "/sub/c.txt"]


def test_glob_selects_files_in_folders(tmp_path):
    (tmp_path / "keep.md").write_text("k")
    (tmp_path / "drop.txt").write_text("d")
    assert [p.rsplit("/", 1)[1] for p in walk_paths([str(tmp_path)], glob="*.md")] == ["keep.md"]


def test_folder_without_article_files_is_reported(tmp_path):
    (tmp_path / "notes.md").write_text("n")
    (item,) = list(walk_paths([str(tmp_path)]))
    assert isinstance(item, InputError) and "no article files" in str(item) and "--glob" in str(item)


def test_missing_path_is_an_error_value_not_an_exception(tmp_path):
    (item,) = list(walk_paths([str(tmp_path / "nope")]))
    assert isinstance(item, InputError) and "no such file" in str(item)


@pytest.mark.parametrize(
    "data",
    [
        "Café “quoted” text".encode(),
        "Café “quoted” text".encode("utf-8-sig"),
        "Café “quoted” text".encode("utf-16"),
        "Café “quoted” text".encode("utf-16-le"),
        "Café “quoted” text".encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "cp1252"],
)
def test_encodings_decode_to_the_same_text(data):
    assert decode_bytes(data, "f.txt").text == "Café “quoted” text"


def test_binary_input_is_an_error_naming_the_file():
    with pytest.raises(InputError, match=r"photo\.txt: binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "photo.txt")


def test_empty_and_oversized_files_are_reported(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "big.txt").write_text("word " * 50)
    results = list(read_sources([str(tmp_path)], options=ReadOptions(max_chars=100)))
    assert [type(r) for r in results] == [InputError, InputError]
    assert "over the limit of 100" in str(results[0]) and "big.txt" in str(results[0])
    assert "empty" in str(results[1])


def test_jsonl_lines_become_sources_and_bad_lines_are_reported_by_number(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        '{"id": "a", "text": "First.", "url": "http://x"}\n'
        "not json\n"
        '{"id": "c", "body": "no text key"}\n'
        '{"text": "No id."}\n'
    )
    results = list(read_sources([str(dump)]))
    assert isinstance(results[0], Source) and results[0].id == "a" and results[0].meta == {"url": "http://x"}
    assert isinstance(results[1], InputError) and str(results[1]).startswith(f"{dump}:2: not valid JSON")
    assert isinstance(results[2], InputError) and "--text-key" in str(results[2])
    assert isinstance(results[3], Source) and results[3].id == "dump:4"


def test_jsonl_from_stdin_with_custom_keys():
    stream = io.BytesIO(b'{"url": "u1", "body": "Text one."}\n')
    options = ReadOptions(input_format="jsonl", text_key="body", id_key="url")
    (source,) = list(read_sources(["-"], options=options, stdin=stream))
    assert (source.id, source.text, source.path) == ("u1", "Text one.", None)
