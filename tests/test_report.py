"""quotex report: one self-contained HTML page, checked in a real headless browser (Chromium
from the system packages; .ci/run installs it when it is missing)."""

import shutil
import struct
import subprocess
import zlib

import orjson
import pytest
from click.testing import CliRunner

from quotex.cli import cli
from quotex.report import PALETTE
from tests.test_corpus import ARTICLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here (.ci/run installs it)")


@pytest.fixture(scope="module")
def report(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    source = folder / "in.jsonl"
    source.write_bytes(b"".join(orjson.dumps(article) + b"\n" for article in ARTICLES))
    out, page = folder / "out.jsonl", folder / "report.html"
    runner = CliRunner()
    assert runner.invoke(cli, ["extract", str(source), "-o", str(out)], catch_exceptions=False).exit_code == 0
    result = runner.invoke(cli, ["report", str(out), "-o", str(page), "--title", "A <test> report"])
    assert result.exit_code == 0
    return page


def test_the_page_needs_nothing_from_the_network_and_escapes_what_it_shows(report):
    page = report.read_text()
    assert "<script" not in page and " src=" not in page and "<link" not in page and "@import" not in page
    assert "A &lt;test&gt; report" in page and "name=viewport" in page
    assert page.count("<svg") >= 6


def browse(page, folder, *arguments):
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        f"--user-data-dir={folder / 'profile'}", "--enable-logging=stderr", "--v=0", *arguments, page.as_uri(),
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def console_messages(log):
    return [line for line in log.splitlines() if ":CONSOLE:" in line or ":CONSOLE(" in line]


def pixels(png):
    """The RGB(A) rows of an 8-bit PNG, unfiltered (enough of PNG for a screenshot)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks = 8, {}
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        chunks.setdefault(kind, []).append(png[position + 8 : position + 8 + length])
        position += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][0][:10])
    assert depth == 8 and colour in (2, 6)
    size = 4 if colour == 6 else 3
    raw = zlib.decompress(b"".join(chunks[b"IDAT"]))
    stride, previous, rows = width * size, bytearray(width * size), []
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - size] if x >= size else 0
            up, corner = previous[x], previous[x - size] if x >= size else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                guess = left + up - corner
                best = min((abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner))
                line[x] = (line[x] + best[2]) & 255
        rows.append(bytes(line))
        previous = line
    return {tuple(row[x : x + 3]) for row in rows for x in range(0, stride, size)}


@needs_chromium
def test_a_console_error_would_be_seen(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!doctype html><p>x</p><script>undefinedFunction()</script>")
    result = browse(broken, tmp_path, "--dump-dom")
    assert console_messages(result.stderr)  # the check below can fail


@needs_chromium
def test_the_report_loads_without_console_errors_and_its_screenshot_shows_the_charts(report, tmp_path):
    shot = tmp_path / "phone.png"
    result = browse(report, tmp_path, "--window-size=390,1600", f"--screenshot={shot}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_messages(result.stderr) == []
    colours = pixels(shot.read_bytes())
    for colour in PALETTE[:2]:  # the speakers' bars and the months' columns
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert rgb in colours, colour
