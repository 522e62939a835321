"""Per-document lookups the quote rules share: paragraphs, which tokens are quoted, the page's layouts."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quotex.entities import Cluster, EntityIndex, Mention
from quotex.text.marks import MarkPair

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotex.quotes.records import Rule
    from quotex.text.transcripts import SpeakerLabel


# how many earlier quotes (or salient people) a rule looks back over: never reached in a real
# article, where a paragraph holds a few, but a bound on the work per quote in a pathological
# one (thousands of quotes in one paragraph)
MAX_LOOKBACK = 50


class QuoteContext:
    """Per-document lookups shared by the rules."""

    def __init__(
        self,
        doc: Doc,
        pairs: list[MarkPair],
        paragraphs: list[tuple[int, int]],
        entities: EntityIndex | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.entities = entities if entities is not None else EntityIndex()
        self.text = doc.text if text is None else text  # Doc.text joins every token anew
        self.pairs = pairs
        self.pair_number = {pair.start: number for number, pair in enumerate(pairs)}
        self._pair_starts = [pair.start for pair in pairs]
        self._named: set[str] | None = None
        self._person_mentions: tuple[list[int], list[tuple[Mention, Cluster]]] | None = None
        self._unquoted_starts: dict[str, list[int]] = {}
        self.windows_before: dict[int, list[Token]] = {}  # the clause before each quote, by its start
        self.paragraph_starts = [start for start, _ in paragraphs]
        self.paragraphs = paragraphs
        self.quote_of_token = [-1] * len(doc)
        for number, pair in enumerate(pairs):
            span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
            if span is None:
                continue
            self.quote_of_token[span.start : span.end] = [number] * len(span)
        # what the page's layout says, set by extract_quotes: transcript turns by the start
        # of their quote, the interview's interviewee, and quote paragraphs a signature signs
        self.turns: dict[int, tuple[SpeakerLabel, MarkPair]] = {}
        self.interviewee: Mention | None = None
        self.signed: dict[int, tuple[Rule, Token, MarkPair]] = {}

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def in_quote(self, token: Token) -> bool:
        return self.quote_of_token[token.i] >= 0

    def quoted_char(self, char: int) -> bool:
        """Whether a character offset lies inside a quote (the pairs do not overlap)."""
        number = bisect.bisect_right(self._pair_starts, char) - 1
        return number >= 0 and char < self.pairs[number].end

    def person_mentions(self) -> tuple[list[int], list[tuple[Mention, Cluster]]]:
        """Every mention of a person, in text order, and where each starts (to bisect)."""
        if self._person_mentions is None:
            found = [(mention, cluster) for cluster in self.entities.people() for mention in cluster.mentions]
            found.sort(key=lambda entry: entry[0].start)
            self._person_mentions = ([mention.start for mention, _ in found], found)
        return self._person_mentions

    def unquoted_mention_starts(self, cluster: Cluster) -> list[int]:
        """Where a person is named outside quotes, in text order."""
        starts = self._unquoted_starts.get(cluster.id)
        if starts is None:
            starts = sorted(m.start for m in cluster.mentions if not self.quoted_char(m.start))
            self._unquoted_starts[cluster.id] = starts
        return starts

    def named_in_article(self) -> set[str]:
        """Last words of the people and organisations the model found anywhere in the article."""
        if self._named is None:  # Doc.ents builds its spans anew on every access
            self._named = {ent[-1].lower_ for ent in self.doc.ents if ent.label_ in ("PERSON", "ORG")}
        return self._named
