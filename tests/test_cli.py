"""The command line, driven with Click's runner: inputs, outputs, errors, exit codes."""

import os
import re

import orjson
import pytest
from click.testing import CliRunner

from quotex import __version__
from quotex.cli import cli
from quotex.errors import ExitCode
from quotex.models import SCHEMA_VERSION

STORY = "“The bridge will open in May,” Mayor Ann Lee said on Tuesday in Springfield.\n"


@pytest.fixture(autouse=True)
def _warm_pipeline(nlp):
    """Load the pipeline once for the session; the CLI reuses the cached one."""


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def records(output):
    lines = output.splitlines()
    assert lines, "no output"
    return [orjson.loads(line) for line in lines]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "b.txt").write_text(STORY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("“We have waited long enough,” Tom Hart said.\n")
    (tmp_path / ".hidden.txt").write_text(STORY)
    return tmp_path


def test_every_command_has_help_with_an_example():
    for name, _command in cli.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output, name


def test_version():
    assert __version__ in run("--version").output


def test_folder_gives_one_jsonl_line_per_article_in_sorted_order(folder):
    result = run("extract", str(folder))
    assert result.exit_code == 0
    found = records(result.stdout)
    assert [r["id"] for r in found] == ["b", "a"]  # b.txt sorts before the sub folder's a.txt
    assert all(r["schema_version"] == SCHEMA_VERSION for r in found)
    assert found[0]["quotes"][0]["speaker"]["name"] == "Ann Lee"


def test_single_file_and_stdin(folder):
    by_file = records(run("extract", str(folder / "b.txt")).stdout)
    by_stdin = records(run("extract", "-", input=STORY).stdout)
    assert by_file[0]["quotes"] == by_stdin[0]["quotes"]
    assert by_stdin[0]["path"] is None and by_stdin[0]["id"] == "stdin"


def test_output_file_is_written_and_stdout_stays_empty(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("extract", str(folder), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(records(out.read_text())) == 2
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".quotex-")]


def test_bad_files_are_reported_and_the_rest_is_written(folder, tmp_path):
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    out = tmp_path / "out.jsonl"
    result = run("extract", str(folder), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == ExitCode.INPUT_FAILED
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert any("empty.txt" in line and "empty" in line for line in errors)
    assert any("binary.txt" in line and "binary" in line for line in errors)
    assert any("missing.txt" in line and "no such file" in line for line in errors)
    assert [r["id"] for r in records(out.read_text())] == ["b", "a"]


def test_pretty_format_shows_speaker_and_quote(folder):
    result = run("extract", str(folder / "b.txt"), "--format", "pretty")
    assert result.exit_code == 0
    assert "Ann Lee" in result.stdout and "The bridge will open in May" in result.stdout
    assert "People" in result.stdout


def test_pretty_with_output_file_is_a_usage_error(tmp_path):
    result = run("extract", "-", "--format", "pretty", "-o", str(tmp_path / "x"), input=STORY)
    assert result.exit_code == ExitCode.USAGE


def test_unknown_model_is_one_clear_error():
    result = run("extract", "-", "--model", "no_such_pipeline_xyz", input=STORY)
    assert result.exit_code == 1
    assert "no_such_pipeline_xyz" in result.stderr and "pip install" in result.stderr
    assert result.stdout == ""


def test_info_names_versions_and_components():
    result = run("info")
    assert result.exit_code == 0
    assert re.search(r"spacy\s+3\.", result.output)
    assert "parser" in result.output and "ner" in result.output
    assert re.search(r"matmul\s+numpy", result.output)


def test_jsonl_input_with_keys_and_meta(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(orjson.dumps({"url": "u1", "body": STORY, "source": "x"}) + b"\n" + b"{broken\n")
    result = run("extract", str(dump), "--text-key", "body", "--id-key", "url")
    assert result.exit_code == ExitCode.INPUT_FAILED
    (record,) = records(result.stdout)
    assert record["id"] == "u1" and record["meta"] == {"source": "x"}
    assert f"{dump}:2" in result.stderr


def test_include_text_lets_offsets_be_checked(folder):
    (record,) = records(run("extract", str(folder / "b.txt"), "--include-text").stdout)
    text = record["text"]
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]].startswith("“")
    for person in record["people"]:
        for mention in person["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_labels_adds_other_entity_types():
    text = "Ukrainian officials met in Springfield during the Olympic Games.\n"
    (plain,) = records(run("extract", "-", input=text).stdout)
    (more,) = records(run("extract", "-", "--labels", "NORP", input=text).stdout)
    assert plain["other_entities"] == []
    assert "Ukrainian" in [e["name"] for e in more["other_entities"]]


def test_resume_adds_only_new_or_changed_articles(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    run("extract", str(folder), "-o", str(out))
    first = out.read_bytes()
    (folder / "c.txt").write_text("“A third story,” Ann Lee said.\n")
    result = run("extract", str(folder), "-o", str(out), "--resume")
    assert result.exit_code == 0
    assert out.read_bytes().startswith(first)
    assert [r["id"] for r in records(out.read_text())] == ["b", "a", "c"]


def test_resume_needs_an_output_file():
    assert run("extract", "-", "--resume", input=STORY).exit_code == ExitCode.USAGE


def test_jobs_give_the_same_records_in_the_same_order(folder):
    for index in range(6):
        (folder / f"extra{index}.txt").write_text(f"“Story {index} is here,” Tom Hart said.\n")
    single = records(run("extract", str(folder), "--jobs", "1").stdout)
    parallel = records(run("extract", str(folder), "--jobs", "2", "--batch-size", "2").stdout)
    assert single == parallel


def test_closed_pipe_ends_quietly(tmp_path, seed_folder):
    """`quotex extract ... | head -c 10`: no traceback, exit status 0."""
    import shutil
    import subprocess
    import sys

    for index in range(12):  # far more output than a pipe buffers, so writing must fail
        shutil.copytree(seed_folder, tmp_path / f"copy{index}")
    reader = subprocess.Popen(
        [sys.executable, "-m", "quotex", "extract", str(tmp_path), "--jobs", "1", "--include-text"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None
    reader.stdout.read(10)
    reader.stdout.close()  # the reader goes away, as head does
    _, stderr = reader.communicate(timeout=120)
    assert reader.returncode == 0
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr


def test_eval_scores_a_gold_file_written_here(tmp_path):
    text = "“The bridge will open in May,” Ann Lee said. Tom Hart said the plan was too expensive."
    start = text.index("“")
    end = text.index("”") + 1
    speaker = text.index("Ann Lee")
    indirect = text.index("the plan")
    gold = {
        "id": "g1",
        "split": "dev",
        "text": text,
        "quotes": [
            {
                "start": start,
                "end": end,
                "type": "direct",
                "speaker": {"start": speaker, "end": speaker + 7, "text": "Ann Lee"},
            },
            {
                "start": indirect,
                "end": len(text) - 1,
                "type": "indirect",
                "speaker": {"start": text.index("Tom Hart"), "end": text.index("Tom Hart") + 8, "text": "Tom Hart"},
            },
        ],
    }
    other = dict(gold, id="g2", split="train")
    path = tmp_path / "gold.jsonl"
    path.write_bytes(orjson.dumps(gold) + b"\n" + orjson.dumps(other) + b"\n")
    result = run("eval", str(path), "--split", "dev")
    assert result.exit_code == 0, result.output
    assert "articles gold=1 failed=0" in result.output
    assert "P=1.000 R=1.000 F1=1.000 speaker_acc=1.000" in result.output
    assert "indirect: P=1.000 R=1.000" in result.output


def test_eval_rejects_a_file_that_is_not_gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x"}\n')
    result = run("eval", str(path))
    assert result.exit_code == 1 and "needs 'id', 'text' and 'quotes'" in result.stderr


def test_python_api_streams_articles_and_errors(folder):
    import quotex

    results = list(quotex.extract_paths([str(folder), str(folder / "missing.txt")]))
    assert [type(r).__name__ for r in results] == ["Article", "Article", "InputError"]
    article = quotex.extract_text("“We will rebuild,” the mayor, Ann Lee, said on Tuesday.")
    assert article.quotes[0].speaker.name == "Ann Lee" and article.quotes[0].cue.text == "said"


def test_no_color_turns_colour_off_in_the_pretty_view(folder):
    story = str(folder / "b.txt")
    coloured = CliRunner(env={"FORCE_COLOR": "1", "NO_COLOR": None}).invoke(
        cli, ["extract", story, "--format", "pretty"]
    )
    plain = CliRunner(env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).invoke(cli, ["extract", story, "--format", "pretty"])
    assert ";36m" in coloured.stdout  # the speaker's cyan
    assert ";36m" not in plain.stdout and "36m" not in plain.stdout and "Ann Lee" in plain.stdout


def test_model_option_loads_a_pipeline_from_a_folder(tmp_path, nlp):
    import spacy

    from quotex.pipeline import default_model_name

    folder = tmp_path / "my_pipeline"
    spacy.load(default_model_name()).to_disk(folder)
    result = run("extract", "-", "--model", str(folder), input=STORY)
    assert result.exit_code == 0, result.stderr
    assert records(result.stdout)[0]["quotes"][0]["speaker"]["name"] == "Ann Lee"
    info = run("info", "--model", str(folder))
    assert str(folder) in info.output


def test_model_option_with_a_missing_folder_is_one_clear_error(tmp_path):
    result = run("extract", "-", "--model", str(tmp_path / "nope" / "pipeline"), input=STORY)
    assert result.exit_code == 1 and "does not exist" in result.stderr


def test_reading_commands_start_without_the_extraction_code():
    import subprocess
    import sys

    probe = "import sys, quotex.cli; print('quotex.api' in sys.modules, 'spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_the_package_exports_load_on_first_use():
    import quotex

    assert set(quotex.__all__) == set(quotex._EXPORTS) | {"__version__"}
    assert quotex.extract_text.__module__ == "quotex.api"
    assert quotex.Person.__name__ == "Person"


def test_pretty_format_shows_a_person_s_role_beside_the_name():
    result = run("extract", "-", "--format", "pretty", input="Senate Minority Whip Dick Durbin spoke on Tuesday.")
    assert result.exit_code == 0
    assert "Dick Durbin (Senate Minority Whip)" in " ".join(result.stdout.split())


def test_rules_speakers_lists_every_resolution_step_in_the_order_tried():
    from quotex.quotes.speakers import RESOLUTION_STEPS

    result = run("rules", "--speakers")
    names = [line.split()[1] for line in result.output.splitlines()]
    assert names == [name for name, _ in RESOLUTION_STEPS]
    assert "The Spaniard said" in result.output  # each with what it does
