"""quotex as a real package: the wheel carries every module, the seed article, the published
JSON Schema, the type marker and the licence, and an installed (not editable) copy runs."""

import os
import pathlib
import subprocess
import sys
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(folder)],
        check=True,
        capture_output=True,
    )
    (built,) = folder.glob("quotex-*.whl")
    return built


def test_the_wheel_carries_modules_seed_schema_type_marker_and_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "quotex").rglob("*.py")}
    assert modules and modules <= names
    seeds = {f"quotex/seeds/{path.name}" for path in (ROOT / "seeds").glob("*.txt")}
    assert seeds and seeds <= names
    assert {"quotex/py.typed", "quotex/data/output.schema.json"} <= names
    dist_info = next(name.split("/")[0] for name in names if name.endswith(".dist-info/METADATA"))
    # where setuptools puts it depends on its version
    (licence,) = {f"{dist_info}/licenses/LICENSE", f"{dist_info}/LICENSE"} & names
    archive = zipfile.ZipFile(wheel)
    assert "quotex = quotex.cli:cli" in archive.read(f"{dist_info}/entry_points.txt").decode()
    metadata = archive.read(f"{dist_info}/METADATA").decode()
    assert "License: MIT" in metadata or "License-Expression: MIT" in metadata
    assert b"MIT License" in archive.read(licence)
    assert not any("__pycache__" in name or name.startswith("tests/") for name in names)


@pytest.mark.model
def test_an_installed_copy_shows_the_seed_when_run_bare_on_a_terminal(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    environment = {**os.environ, "PYTHONPATH": str(site), "COLUMNS": "100", "TERM": "xterm"}
    where = subprocess.run(
        [sys.executable, "-c", "import quotex; print(quotex.__file__)"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(site))  # the installed copy, not the checkout
    main, terminal = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "quotex", "extract"],
        cwd=tmp_path,
        env=environment,
        stdin=terminal,
        stdout=terminal,
        stderr=subprocess.PIPE,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=120) == 0, process.stderr.read() if process.stderr else ""
    os.close(main)
    assert b"Dmitry Peskov" in shown and b"significant troop losses" in shown


def test_version_is_printed_by_both_flags():
    from click.testing import CliRunner

    from quotex import __version__
    from quotex.cli import cli

    for flag in ("--version", "-V"):
        result = CliRunner().invoke(cli, [flag])
        assert result.exit_code == 0 and __version__ in result.output
