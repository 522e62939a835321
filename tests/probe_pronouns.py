"""How often a "he said" finds its person (``make probe``); not part of the test suite.

PolNeAR scores a pronoun speaker by its span, so the person a pronoun is resolved to never
counts there; this probe measures it. In each article, quotex's own attributions of the
form “…,” Ann Lee said, where the article named that person earlier and showed their gender
with a pronoun, get the name replaced by "he" or "she" (a few per article, far apart), the
way news writes it; the article is extracted again and the probe counts how often the
pronoun comes back as that person. Names that are the only way to tell who speaks cannot
come back, so 100% is out of reach; the number is for comparing versions.

Usage: python tests/probe_pronouns.py ANNOTATED.jsonl [--limit N] [--show N]
(ANNOTATED.jsonl: records with "id" and "text", such as PolNeAR train.)
"""

from __future__ import annotations

import argparse
import random
import sys

import orjson

from quotex.api import extract_text
from quotex.models import Article, Quote
from quotex.pipeline import load_pipeline

# only “…,” Ann Lee said: where news writes “…,” he said
QUOTE_CLOSERS = ("” ", '" ', "'' ")
RULES = ("cue_after_quote", "cue_governs_quote")
PER_ARTICLE = 3
APART = 300  # characters between two replaced names


def candidates(article: Article, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, pronoun, name) for the named speakers that can become a pronoun."""
    people = {person.id: person for person in article.people}
    pronouns: dict[str, set[str]] = {}
    for quote in article.quotes:
        speaker = quote.speaker
        if speaker and speaker.id and speaker.mention and speaker.mention.text.lower() in ("he", "she"):
            pronouns.setdefault(speaker.id, set()).add(speaker.mention.text.lower())
    found = []
    for quote in article.quotes:
        speaker = quote.speaker
        if not _named_person(quote) or speaker is None or speaker.mention is None or speaker.id is None:
            continue
        person = people.get(speaker.id)
        mention = speaker.mention
        if person is None or mention.text not in (person.name, person.name.split()[-1]):
            continue
        if min(m.start for m in person.mentions) >= mention.start:
            continue  # the first mention: a pronoun there would refer to nobody yet
        if len(pronouns.get(speaker.id, ())) != 1:
            continue  # the article never shows the gender, or shows both
        before, after = text[max(0, mention.start - 3) : mention.start], text[mention.end : mention.end + 2]
        if before.endswith(QUOTE_CLOSERS) and after[:1] == " " and after[1:2].islower():
            found.append((mention.start, mention.end, next(iter(pronouns[speaker.id])), person.name))
    return found


def _named_person(quote: Quote) -> bool:
    return quote.rule in RULES and quote.speaker is not None and quote.speaker.kind == "person"


def probe(text: str, nlp: object, rng: random.Random) -> list[tuple[str, str | None, str]]:
    """(expected name, name found, context) for each name replaced in one article."""
    article = extract_text(text, nlp=nlp)
    found = candidates(article, text)
    rng.shuffle(found)
    picked: list[tuple[int, int, str, str]] = []
    for candidate in sorted(found[:PER_ARTICLE]):
        if all(abs(candidate[0] - other[0]) > APART for other in picked):
            picked.append(candidate)
    if not picked:
        return []
    changed = text
    for start, end, pronoun, _ in sorted(picked, reverse=True):
        changed = changed[:start] + pronoun + changed[end:]
    again = extract_text(changed, nlp=nlp)
    results = []
    for start, _, _, name in picked:
        shift = sum(len(p) - (e - s) for s, e, p, _ in picked if s < start)
        at = start + shift
        quote = next(
            (q for q in again.quotes if q.speaker and q.speaker.mention and q.speaker.mention.start == at), None
        )
        got = quote.speaker.name if quote is not None and quote.speaker is not None else None
        results.append((name, got, changed[max(0, at - 200) : at + 20].replace("\n", " ")))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("annotated")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--show", type=int, default=0, help="print N misses with their context")
    args = parser.parse_args()
    nlp = load_pipeline()
    rng = random.Random(0)
    with open(args.annotated, "rb") as lines:
        records = [orjson.loads(line) for line in lines if line.strip()]
    if args.limit:
        records = records[: args.limit]
    total = right = 0
    misses = []
    for record in records:
        for expected, got, context in probe(record["text"], nlp, rng):
            total += 1
            right += got == expected
            if got != expected:
                misses.append((record["id"], expected, got, context))
    print(f"pronoun probe: {right}/{total} = {right / max(total, 1):.3f} ({len(records)} articles)")
    for miss in misses[: args.show]:
        print(*miss, sep=" | ", file=sys.stderr)


if __name__ == "__main__":
    main()
