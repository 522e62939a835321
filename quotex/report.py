"""A report of a corpus as one self-contained HTML page: charts drawn as inline SVG, no script,
no font or style sheet fetched, readable on a phone. Built from ``corpus`` counts."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from quotex.corpus import QuoteFilter, Summary, date_of, key_of, outlet_of
from quotex.output_records import ArticleRecord

# distinct colours for up to eleven categories (the role categories are eleven)
PALETTE = (
    "#2f6db5",
    "#e07b39",
    "#3a9d5d",
    "#c0392b",
    "#8e5ea2",
    "#7f8c8d",
    "#d4a017",
    "#17a2b8",
    "#e377c2",
    "#8c564b",
    "#bcbd22",
)


@dataclass
class Corpus:
    """What the report shows: the whole corpus's counts, quotes per month, per-outlet shares
    and where places are."""

    total: Summary = field(default_factory=Summary)
    outlets: dict[str, Summary] = field(default_factory=dict)
    months: Counter[str] = field(default_factory=Counter)
    places: dict[str, tuple[str, str | None, float | None, float | None]] = field(default_factory=dict)

    def add(self, record: ArticleRecord, quote_filter: QuoteFilter) -> None:
        before = self.total.quotes
        self.total.add(record, quote_filter)
        outlet = outlet_of(record) or "unknown outlet"
        summary = self.outlets.get(outlet)
        if summary is None:
            summary = self.outlets[outlet] = Summary()
        summary.add(record, quote_filter)
        date = date_of(record)
        self.months[date[:7] if date else "undated"] += self.total.quotes - before
        for place in record.places:
            key = key_of(place.name)
            if key and key not in self.places:
                self.places[key] = (place.name, place.country_code, place.latitude, place.longitude)


def build(records: Iterable[ArticleRecord], quote_filter: QuoteFilter | None = None) -> Corpus:
    corpus = Corpus()
    for record in records:
        corpus.add(record, quote_filter or QuoteFilter())
    return corpus


def render(corpus: Corpus, *, title: str = "quotex report", top: int = 15) -> str:
    """The page, as one string of HTML."""
    total = corpus.total
    speakers = [(total.name(key), count) for key, count in total.speakers.most_common(top)]
    months = sorted((month, count) for month, count in corpus.months.items() if month != "undated")
    places = [(total.name(key), count) for key, count in total.entities["places"].most_common(top)]
    sections = [
        f"<p class=lede>{total.articles:,} articles · {total.quotes:,} quotes · "
        f"{len(total.speakers):,} named speakers · {len(corpus.outlets):,} outlets</p>",
        _section("Who is quoted most", _bars(speakers, "quotes")),
        _section("Quotes over time", _columns(months) if months else "<p>No article has a date.</p>"),
        _section("Speakers by kind, per outlet", _shares(corpus.outlets, "by_kind")),
        _section("Speakers by gender, per outlet", _shares(corpus.outlets, "by_gender")),
        _section("Speakers by role, per outlet", _shares(corpus.outlets, "by_role")),
        _section("Quotes by type", _bars(total.by_type.most_common(), "quotes")),
        _section("Places named most", _map(corpus, places) + _places_table(corpus, places)),
        _section(
            "People named most",
            _bars([(total.name(k), c) for k, c in total.entities["people"].most_common(top)], "articles"),
        ),
        _section(
            "Organisations named most",
            _bars([(total.name(k), c) for k, c in total.entities["organisations"].most_common(top)], "articles"),
        ),
    ]
    return _PAGE.format(title=html.escape(title), body="\n".join(sections))


def _section(heading: str, content: str) -> str:
    return f"<section><h2>{html.escape(heading)}</h2>\n{content}\n</section>"


def _bars(items: list[tuple[str, int]], unit: str) -> str:
    """Horizontal bars, one per item, labelled with its count."""
    if not items:
        return "<p>Nothing to show.</p>"
    largest = max(count for _, count in items) or 1
    row, label_width, width = 26, 180, 600
    parts = [f'<svg viewBox="0 0 {width} {row * len(items)}" role="img" aria-label="{unit} per item">']
    for number, (name, count) in enumerate(items):
        y = number * row
        length = (width - label_width - 70) * count / largest
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 17}" text-anchor="end">{html.escape(_short(name))}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" fill="{PALETTE[0]}">'
            f"<title>{html.escape(name)}: {count:,} {unit}</title></rect>"
            f'<text x="{label_width + length + 6:.1f}" y="{y + 17}">{count:,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _columns(items: list[tuple[str, int]]) -> str:
    """Vertical bars over time."""
    largest = max(count for _, count in items) or 1
    width, height, bottom = 600, 220, 30
    step = width / len(items)
    parts = [f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="quotes per month">']
    for number, (month, count) in enumerate(items):
        bar = (height - bottom - 20) * count / largest
        x = number * step
        parts.append(
            f'<rect x="{x + step * 0.1:.1f}" y="{height - bottom - bar:.1f}" width="{step * 0.8:.1f}" '
            f'height="{bar:.1f}" fill="{PALETTE[1]}"><title>{month}: {count:,} quotes</title></rect>'
        )
        if len(items) <= 24 or number % max(1, len(items) // 12) == 0:
            parts.append(
                f'<text x="{x + step / 2:.1f}" y="{height - 10}" text-anchor="middle" class=small>{month}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _shares(outlets: dict[str, Summary], counter: str) -> str:
    """One stacked bar per outlet: the share of its quotes by speaker kind or gender."""
    if not outlets:
        return "<p>Nothing to show.</p>"
    categories = sorted({category for summary in outlets.values() for category in getattr(summary, counter)})
    colour = {category: PALETTE[number % len(PALETTE)] for number, category in enumerate(categories)}
    row, label_width, width = 26, 180, 600
    shown = sorted(outlets.items(), key=lambda item: -item[1].quotes)[:20]
    parts = [f'<svg viewBox="0 0 {width} {row * len(shown)}" role="img" aria-label="shares per outlet">']
    for number, (outlet, summary) in enumerate(shown):
        y, x = number * row, float(label_width)
        counts: Counter[str] = getattr(summary, counter)
        total = sum(counts.values()) or 1
        parts.append(f'<text x="{label_width - 8}" y="{y + 17}" text-anchor="end">{html.escape(_short(outlet))}</text>')
        for category in categories:
            share = counts[category] / total
            length = (width - label_width - 10) * share
            if length > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" fill="{colour[category]}">'
                    f"<title>{html.escape(outlet)}, {html.escape(category)}: {share:.0%}</title></rect>"
                )
            x += length
    parts.append("</svg>")
    legend = " ".join(
        f'<span class=key><i style="background:{colour[category]}"></i>{html.escape(category)}</span>'
        for category in categories
    )
    return "".join(parts) + f"<p class=legend>{legend}</p>"


def _map(corpus: Corpus, places: list[tuple[str, int]]) -> str:
    """The places with coordinates as dots on a plain longitude-latitude grid."""
    width, height = 600, 300
    parts = [f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="places on a map" class=map>']
    parts.append(f'<rect width="{width}" height="{height}" fill="#eef3f8"/>')
    for meridian in range(-180, 181, 60):
        x = (meridian + 180) / 360 * width
        parts.append(f'<line x1="{x}" y1="0" x2="{x}" y2="{height}" stroke="#d0dbe6"/>')
    for parallel in range(-60, 61, 30):
        y = (90 - parallel) / 180 * height
        parts.append(f'<line x1="0" y1="{y}" x2="{width}" y2="{y}" stroke="#d0dbe6"/>')
    largest = max((count for _, count in places), default=1)
    for name, count in places:
        _, _, latitude, longitude = corpus.places.get(key_of(name) or "", (name, None, None, None))
        if latitude is None or longitude is None:
            continue
        x, y = (longitude + 180) / 360 * width, (90 - latitude) / 180 * height
        radius = 3 + 9 * (count / largest) ** 0.5
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{PALETTE[3]}" fill-opacity="0.7">'
            f"<title>{html.escape(name)}: {count:,} articles</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _places_table(corpus: Corpus, places: list[tuple[str, int]]) -> str:
    rows = []
    for name, count in places:
        _, country, latitude, longitude = corpus.places.get(key_of(name) or "", (name, None, None, None))
        where = f"{latitude:.2f}, {longitude:.2f}" if latitude is not None and longitude is not None else "–"
        rows.append(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(country or '–')}</td><td>{where}</td><td>{count:,}</td></tr>"
        )
    head = "<tr><th>place</th><th>country</th><th>latitude, longitude</th><th>articles</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>" if rows else ""


def _short(name: str, limit: int = 26) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


_PAGE = """<!doctype html>
<html lang=en>
<head>
<meta charset=utf-8>
<meta name=viewport content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 860px;
       padding: 12px; color: #1d2733; }}
h1 {{ font-size: 1.5em; margin: .4em 0; }} h2 {{ font-size: 1.15em; margin: 1.4em 0 .4em; }}
svg {{ width: 100%; height: auto; display: block; }} svg text {{ font-size: 13px; fill: #1d2733; }}
svg text.small {{ font-size: 11px; }} .lede {{ color: #4b5a6a; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9em; margin-top: .6em; }}
td, th {{ border-bottom: 1px solid #dde3ea; padding: 4px 6px; text-align: left; }}
.legend {{ font-size: .9em; }} .key {{ margin-right: 1em; white-space: nowrap; }}
.key i {{ display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -1px; }}
</style>
</head>
<body>
<h1>{title}</h1>
{body}
<p class=lede>Made by quotex. Speakers are counted by a cross-article key (the canonical name, in lower case
without accents); gender is shown only where the article gives it.</p>
</body>
</html>
"""
