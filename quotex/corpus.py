"""The corpus view of quotex's output: flat rows (one per quote or entity entry) and counts
across any number of articles, streamed (memory flat in the number of articles)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import msgspec

from quotex.errors import InputError, QuotexError
from quotex.keys import key_of
from quotex.output_records import ArticleRecord, EntityRecord, QuoteSpeakerRecord, decode_record
from quotex.quotes.cues import indirect_kind
from quotex.role_categories import NO_ROLE, role_category

KINDS = ("quotes", "people", "places", "organisations")
_EMPTY: dict[str, Any] = {}
# meta fields that name the outlet, in order of trust
OUTLET_FIELDS = ("outlet", "publisher", "sitename", "source", "site")
DATE_FIELDS = ("date", "published", "publish_date", "date_published")
GROUPINGS = ("outlet", "date", "month")

QUOTE_COLUMNS = (
    ("article_id", "string"),
    ("path", "string"),
    ("outlet", "string"),
    ("url", "string"),
    ("date", "string"),
    ("title", "string"),
    ("speaker_id", "string"),
    ("speaker_name", "string"),
    ("speaker_key", "string"),
    ("speaker_kind", "string"),
    ("speaker_role", "string"),
    ("speaker_role_category", "string"),
    ("speaker_gender", "string"),
    ("speaker_gender_evidence", "string"),
    ("joint_speakers", "string"),
    ("type", "string"),
    ("indirect_kind", "string"),
    ("cue", "string"),
    ("confidence", "float"),
    ("rule", "string"),
    ("text", "string"),
    ("start", "int"),
    ("end", "int"),
)
ENTITY_COLUMNS = (
    ("article_id", "string"),
    ("path", "string"),
    ("outlet", "string"),
    ("url", "string"),
    ("date", "string"),
    ("entity_id", "string"),
    ("name", "string"),
    ("key", "string"),
    ("label", "string"),
    ("mentions", "int"),
    ("first_start", "int"),
    ("country_code", "string"),
    ("latitude", "float"),
    ("longitude", "float"),
)


def columns(kind: str) -> tuple[tuple[str, str], ...]:
    return QUOTE_COLUMNS if kind == "quotes" else ENTITY_COLUMNS


def read_records(stream: IO[bytes], label: str) -> Iterator[ArticleRecord | InputError]:
    """The article records of a quotex output file; a line that is not one is reported."""
    for number, line in enumerate(stream, start=1):
        try:
            yield decode_record(line)
        except msgspec.ValidationError as error:
            yield InputError(f"{label}:{number}", f"not a quotex article record (quotex extract writes them): {error}")
        except msgspec.DecodeError as error:
            if line.strip():
                yield InputError(f"{label}:{number}", f"not valid JSON ({error})")


def outlet_of(record: ArticleRecord) -> str | None:
    """The outlet an article comes from: a meta field naming it, else the host of its URL."""
    meta = record.meta or _EMPTY
    if not meta.keys().isdisjoint(OUTLET_FIELDS):
        for name in OUTLET_FIELDS:
            value = meta.get(name)
            if isinstance(value, str) and value.strip():
                return value.strip()
    url = meta.get("url")
    if url.__class__ is str:
        # the URL up to its path names the host, and a corpus has few of them
        path = url.find("/", url.find("://") + 3)
        return _host_of(url if path < 0 else url[:path])
    return None


@functools.lru_cache(maxsize=10_000)
def _host_of(url: str) -> str | None:
    host = _HOST.match(url)
    return host.group(1).lower().removeprefix("www.") or None if host is not None else None


# the host of a URL: what follows the scheme, up to a port, path, query or fragment
_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#]+)")


def date_of(record: ArticleRecord) -> str | None:
    """The day an article was published (YYYY-MM-DD), from its meta fields."""
    meta = record.meta or _EMPTY
    for name in DATE_FIELDS:
        value = meta.get(name)
        if value.__class__ is str and _DATE.match(value):
            return value[:10]
    return None


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def rows(record: ArticleRecord, kind: str) -> Iterator[tuple[Any, ...]]:
    """The flat rows of one article record, as tuples in the order of ``columns(kind)``: one
    per quote, or one per entity entry."""
    article, rests = article_rows(record, kind)
    for rest in rests:
        yield article + rest


def article_rows(record: ArticleRecord, kind: str) -> tuple[tuple[Any, ...], Iterator[tuple[Any, ...]]]:
    """The flat rows of one article record in two parts: the columns every row of the article
    starts with (article id, path, outlet, url, date; title for quotes), and the rest of each
    row. A writer turns the first part into text once per article."""
    meta = record.meta or _EMPTY
    url = meta.get("url")
    article: tuple[Any, ...] = (
        str(record.id),
        record.path,
        outlet_of(record),
        url if url.__class__ is str else None,
        date_of(record),
    )
    if kind != "quotes":
        return article, _entity_rows(record.entities(kind))
    title = meta.get("title")
    return article + (title if title.__class__ is str else None,), _quote_rows(record)


def _entity_rows(entities: Iterable[EntityRecord]) -> Iterator[tuple[Any, ...]]:
    for entity in entities:
        yield (
            entity.id,
            entity.name,
            key_of(entity.name),
            entity.label,
            entity.count,
            entity.first_start(),
            entity.country_code,
            entity.latitude,
            entity.longitude,
        )


def _quote_rows(record: ArticleRecord) -> Iterator[tuple[Any, ...]]:
    speakers = {speaker.id: speaker for speaker in record.speakers}
    linked: dict[str, str] | None = None  # entity names by id, for records before 1.2
    evidence: dict[str, str | None] | None = None  # what showed each person's gender
    for quote in record.quotes:
        speaker = quote.speaker or _NO_SPEAKER
        speaker_id = speaker.id
        entry = speakers.get(speaker_id) if speaker_id is not None else None
        key = entry.key if entry is not None else msgspec.UNSET
        if key is msgspec.UNSET:  # before schema 1.2 the speakers list carries no key
            linked = linked if linked is not None else _linked_names(record)
            key = speaker_key(speaker, linked)
        gender = entry.gender if entry is not None else None
        if gender is not None and speaker_id is not None and speaker.kind == "person":
            evidence = evidence if evidence is not None else _evidence_kinds(record)
            evidence_kind = evidence.get(speaker_id)
        else:
            evidence_kind = None
        members = speaker.members
        cue = quote.cue
        role = entry.role if entry is not None else None
        yield (
            speaker_id,
            speaker.name,
            key,
            speaker.kind,
            role,
            _role_category_of(speaker, role),
            gender,
            evidence_kind,
            "; ".join(member.name or "" for member in members) if members else None,
            quote.type,
            quote.indirect_kind or indirect_kind(quote.type, cue.text if cue is not None else None),
            cue.text if cue is not None else None,
            quote.confidence,
            quote.rule,
            quote.text,
            quote.start,
            quote.end,
        )


def _role_category_of(speaker: QuoteSpeakerRecord, role: str | None) -> str:
    """What kind of source a speaker is (``role_categories``): from the role given to a
    person, or from the words of a description ("a White House spokesman"). Organisations
    and pronouns left unresolved have none."""
    if role is not None:
        return role_category(role)
    if speaker.kind == "description":
        return role_category(speaker.name)
    return NO_ROLE


def _evidence_kinds(record: ArticleRecord) -> dict[str, str | None]:
    """What showed each person's gender ("pronoun", "honorific", …), by id, for the flat table."""
    return {person.id: person.gender_evidence.kind if person.gender_evidence else None for person in record.people}


def row_dicts(record: ArticleRecord, kind: str) -> Iterator[dict[str, Any]]:
    """``rows`` as dictionaries, by column name."""
    names = [name for name, _ in columns(kind)]
    for row in rows(record, kind):
        yield dict(zip(names, row, strict=True))


def speaker_key(speaker: QuoteSpeakerRecord, linked: dict[str, str]) -> str | None:
    """The cross-article key of a quote's speaker: of the entity it links to (`linked`, by id),
    else of its name; None for a description or a pronoun, which name no one in particular."""
    if speaker.kind not in ("person", "organisation"):
        return None
    name = linked.get(speaker.id or "", speaker.name)
    return key_of(name) if name is not None else None


_NO_SPEAKER = QuoteSpeakerRecord()


def _linked_names(record: ArticleRecord) -> dict[str, str]:
    """The canonical name of each entity of an article, by id: a speaker linked to one is
    counted under it."""
    return {entity.id: entity.name for kind in KINDS[1:] for entity in record.entities(kind)}


# --- summaries ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    min_confidence: float = 0.0
    types: tuple[str, ...] = ()
    speech_only: bool = False  # leave out indirect quotes that report a thought, an intention, a topic or no saying

    def keeps_quote(self, quote_type: str, confidence: float | None, cue: str | None, kind: str | None = None) -> bool:
        if (confidence or 0.0) < self.min_confidence:
            return False
        if self.types and quote_type not in self.types:
            return False
        # records before schema 1.3 have no indirect_kind: it is read from the cue as quotex does
        kind = kind or indirect_kind(quote_type, cue)
        return not (self.speech_only and quote_type == "indirect" and (cue is None or kind != "speech"))


@dataclass
class Summary:
    """Counts over a corpus, or over one group of it (an outlet, a day, a month)."""

    articles: int = 0
    quotes: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    by_gender: Counter[str] = field(default_factory=Counter)
    by_role: Counter[str] = field(default_factory=Counter)  # by role category ("spokespeople", "no role")
    with_role: int = 0
    speakers: Counter[str] = field(default_factory=Counter)  # quotes per cross-article key
    speaker_names: dict[str, Counter[str]] = field(default_factory=dict)
    entities: dict[str, Counter[str]] = field(default_factory=lambda: {kind: Counter() for kind in KINDS[1:]})
    entity_names: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, record: ArticleRecord, quote_filter: QuoteFilter) -> None:
        self.articles += 1
        speakers = {speaker.id: speaker for speaker in record.speakers}
        linked = _linked_names(record)
        filtering = quote_filter != NO_FILTER
        for quote in record.quotes:
            cue = quote.cue
            if filtering and not quote_filter.keeps_quote(
                quote.type, quote.confidence, cue.text if cue is not None else None, quote.indirect_kind
            ):
                continue
            speaker = quote.speaker or _NO_SPEAKER
            entry = speakers.get(speaker.id) if speaker.id is not None else None
            self.quotes += 1
            self.by_type[quote.type] += 1
            self.by_kind[speaker.kind or "none"] += 1
            self.by_gender[(entry.gender if entry is not None else None) or "unknown"] += 1
            role = entry.role if entry is not None else None
            self.with_role += role is not None
            self.by_role[_role_category_of(speaker, role)] += 1
            # a joint statement quotes each of its speakers
            for member in speaker.members or (speaker,):
                key = speaker_key(member, linked)
                if key:
                    self.speakers[key] += 1
                    _count(self.speaker_names, key, member.name or key)
        for kind in KINDS[1:]:
            counter = self.entities[kind]
            for entity in record.entities(kind):
                key = key_of(entity.name)
                if key:
                    counter[key] += 1  # articles naming it
                    _count(self.entity_names, key, entity.name)

    def name(self, key: str) -> str:
        names = self.speaker_names.get(key) or self.entity_names.get(key)
        return names.most_common(1)[0][0] if names else key


NO_FILTER = QuoteFilter()


def _count(names: dict[str, Counter[str]], key: str, name: str) -> None:
    counter = names.get(key)
    if counter is None:
        counter = names[key] = Counter()
    counter[name] += 1


def summarise(
    records: Iterable[ArticleRecord], *, by: str | None = None, quote_filter: QuoteFilter = QuoteFilter()
) -> dict[str, Summary]:
    """Counts for the whole corpus (key ``"all"``), or per outlet, day or month."""
    if by is not None and by not in GROUPINGS:
        raise QuotexError(f"--by {by!r}: choose one of {', '.join(GROUPINGS)}")
    groups: dict[str, Summary] = {}
    for record in records:
        if by is None:
            group = "all"
        elif by == "outlet":
            group = outlet_of(record) or "unknown outlet"
        else:
            date = date_of(record)
            group = (date[:7] if by == "month" else date) if date else "unknown date"
        summary = groups.get(group)
        if summary is None:
            summary = groups[group] = Summary()
        summary.add(record, quote_filter)
    return dict(sorted(groups.items()))


SUMMARY_COLUMNS = (("group", "string"), ("table", "string"), ("item", "string"), ("name", "string"), ("count", "int"))


def summary_rows(groups: dict[str, Summary], top: int) -> Iterator[tuple[Any, ...]]:
    """The summaries as flat rows for machines (``SUMMARY_COLUMNS``): one per (group, table, item)."""
    for group, summary in groups.items():
        yield (group, "articles", "articles", None, summary.articles)
        yield (group, "quotes", "quotes", None, summary.quotes)
        for table, counter in (
            ("type", summary.by_type),
            ("speaker_kind", summary.by_kind),
            ("gender", summary.by_gender),
            ("role_category", summary.by_role),
        ):
            for item, count in counter.most_common():
                yield (group, table, item, None, count)
        for key, count in summary.speakers.most_common(top):
            yield (group, "top_speakers", key, summary.name(key), count)
        for kind in KINDS[1:]:
            for key, count in summary.entities[kind].most_common(top):
                yield (group, f"top_{kind}", key, summary.name(key), count)
