"""Score who is quoted and which people, places and organisations an article names, against
gold annotated with them (the Wikinews identity set's format, see the README's "quotex eval").

The definitions are those of the identity scorer that ships with the evaluation data
(``score_identity.py``), so that ``quotex eval`` prints the same numbers:

- **Names** are compared folded (accents, case, punctuation, a possessive "'s", a leading
  "the" and leading titles left out).
- **Entries**, per type: a predicted entry is right when its name, or any of its mentions,
  equals a gold entry's name or alias; each gold entry is taken once (maximum matching, name
  matches first). A gold entry with ``also_type`` may be taken in that type when its own did
  not. Unmatched entries are duplicates (their gold entry was taken), of the wrong type (they
  match another type's entry) or spurious.
- **Country codes** on the places matched in their own type.
- **Speakers**: gold quotes with marks are matched one-to-one to predicted fragments (overlap
  at least half the shorter, best first), indirect ones to indirect predictions (reported speech
  with quoted words may match a predicted quote with marks). A named speaker is right when the
  predicted name is one of the entry's forms (or a joint or accepted speaker's); a description
  leniently, by a shared content word.
- **Roles**: a role matches when half the content words of the shorter role match (with
  abbreviations such as Sen. and Rep. read in full), against the gold role or a description.
- **Gender** where the gold gives one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from quotex.keys import without_accents

ENTITY_KINDS = ("people", "places", "organisations")
# titles left out of a name before comparing ("President Trump" is "Trump")
NAME_TITLES = frozenset(
    """mr mrs ms miss mx mme dr prof professor sir dame lord lady president vice prime minister
    pm sen senator rep representative congressman congresswoman gov governor mayor judge
    justice chancellor prince princess king queen duke duchess pope rabbi father rev reverend
    bishop archbishop monsenor mufti imam sheikh supt superintendent detective det officer sgt
    sergeant lt capt captain col colonel gen general adm admiral commissioner chief secretary
    speaker st saint hm his her honour honor qc then former ex supervisor councilman
    councilwoman councilmember councillor councilor assemblyman assemblywoman ambassador
    deputy acting mp md crown""".split()
)
# the same role said in other words
ROLE_SYNONYMS: dict[str, set[str]] = {
    "rep": {"representative", "congressman", "congresswoman"},
    "representative": {"rep", "congressman", "congresswoman"},
    "congressman": {"rep", "representative"},
    "congresswoman": {"rep", "representative"},
    "sen": {"senator"},
    "senator": {"sen"},
    "gov": {"governor"},
    "governor": {"gov"},
    "supt": {"superintendent"},
    "superintendent": {"supt"},
    "pm": {"prime"},
    "mp": {"parliament"},
    "ceo": {"chief", "executive"},
    "dr": {"doctor"},
    "det": {"detective"},
    "detective": {"det"},
    "prof": {"professor"},
    "professor": {"prof"},
}
FUNCTION_WORDS = frozenset(
    """the a an of for and in at to on s who is was with by from its his her their this that
    as""".split()
)


@dataclass(frozen=True, slots=True)
class IdentityScores:
    """The identity scores of a set of articles; ``counts`` holds every count they come from."""

    counts: dict[str, int]

    def ratio(self, hits: str, total: str) -> float | None:
        return self.counts.get(hits, 0) / self.counts[total] if self.counts.get(total) else None

    def entities(self, kind: str = "all") -> tuple[float, float, float]:
        """Precision, recall and F1 of the entries of one kind (or all)."""
        tp, predicted, gold = (self.counts.get(f"{kind}.{name}", 0) for name in ("tp", "pred", "gold"))
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


# --- names -----------------------------------------------------------------------------------


def _fold(text: str | None) -> str:
    return without_accents(text or "")


def _words(text: str | None) -> list[str]:
    plain = _fold(text).lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9]+", re.sub(r"'s\b", "", plain))


def comparable(name: str | None) -> str:
    """A name as names are compared: folded, without "the" and titles before it."""
    words = _words(name)
    while words and words[0] == "the":
        words = words[1:]
    first = 0
    while first < len(words) - 1 and words[first] in NAME_TITLES:
        first += 1
    return " ".join(words[first:])


def _gold_forms(entry: dict[str, Any]) -> set[str]:
    forms = {comparable(entry.get("name"))} | {comparable(alias) for alias in entry.get("aliases") or ()}
    return forms - {""}


def _predicted_forms(entry: dict[str, Any]) -> set[str]:
    forms = {comparable(entry.get("name"))} | {comparable(m.get("text")) for m in entry.get("mentions") or ()}
    return forms - {""}


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _content(text: str | None) -> set[str]:
    return {_stem(word) for word in _words(text) if word not in FUNCTION_WORDS}


def _role_words(text: str | None) -> set[str]:
    return {word if word in ROLE_SYNONYMS else _stem(word) for word in _words(text) if word not in FUNCTION_WORDS}


# --- matching --------------------------------------------------------------------------------


def _maximum_matching(count: int, *edge_sets: dict[int, list[int]]) -> dict[int, int]:
    """Predicted index -> gold index, as many as possible, each edge set tried in turn."""
    gold_of: dict[int, int] = {}
    taken_by: dict[int, int] = {}

    def augment(predicted: int, edges: dict[int, list[int]], seen: set[int]) -> bool:
        for gold in edges.get(predicted, ()):
            if gold in seen:
                continue
            seen.add(gold)
            if gold not in taken_by or augment(taken_by[gold], edges, seen):
                taken_by[gold] = predicted
                gold_of[predicted] = gold
                return True
        return False

    for edges in edge_sets:
        for predicted in range(count):
            if predicted not in gold_of:
                augment(predicted, edges, set())
    return gold_of


def _match_spans(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[int, int]:
    """Gold index -> predicted index: overlap at least half the shorter span, best first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = max(0, min(g["end"], p["end"]) - max(g["start"], p["start"]))
            shorter = min(g["end"] - g["start"], p["end"] - p["start"]) or 1
            if overlap > 0 and overlap >= 0.5 * shorter:
                pairs.append((overlap / shorter, overlap, gi, pi))
    pairs.sort(reverse=True)
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, _, gi, pi in pairs:
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


# --- the scores ------------------------------------------------------------------------------


def score_identity(gold_records: Iterable[dict[str, Any]], predicted: dict[str, dict[str, Any]]) -> IdentityScores:
    """The identity scores of predicted article records (as quotex writes them, by id)."""
    counts: Counter[str] = Counter()
    for gold in gold_records:
        record = predicted.get(str(gold["id"]), {})
        matched = _score_entities(gold, record, counts.update)
        for indirect in (False, True):
            _score_speakers(gold, record, indirect, counts.update)
        _score_roles_and_gender(gold, record, matched, counts.update)
    for name in ("gold", "pred", "tp", "dup", "wrongtype", "spurious"):
        counts[f"all.{name}"] = sum(counts[f"{kind}.{name}"] for kind in ENTITY_KINDS)
    return IdentityScores(dict(counts))


Count = Callable[[Iterable[str]], None]


def _score_entities(gold: dict[str, Any], record: dict[str, Any], count: Count) -> dict[tuple[str, int], Any]:
    golds = {kind: gold.get(kind) or [] for kind in ENTITY_KINDS}
    preds = {kind: [e for e in record.get(kind) or () if isinstance(e, dict)] for kind in ENTITY_KINDS}
    forms = {kind: [_gold_forms(entry) for entry in golds[kind]] for kind in ENTITY_KINDS}
    own: dict[str, tuple[dict[int, int], dict[int, list[int]]]] = {}
    for kind in ENTITY_KINDS:
        by_name: dict[int, list[int]] = {}
        by_any: dict[int, list[int]] = {}
        for pi, entry in enumerate(preds[kind]):
            name = comparable(entry.get("name"))
            mine = _predicted_forms(entry)
            by_name[pi] = [gi for gi, f in enumerate(forms[kind]) if name in f]
            by_any[pi] = [gi for gi, f in enumerate(forms[kind]) if mine & f]
        own[kind] = (_maximum_matching(len(preds[kind]), by_name, by_any), by_any)
    matched: dict[tuple[str, int], Any] = {}
    moved: Counter[str] = Counter()
    second: dict[str, dict[int, tuple[str, int]]] = {}
    for kind in ENTITY_KINDS:  # entries the article allows in another type ("also_type")
        candidates = [
            (other, gi)
            for other in ENTITY_KINDS
            if other != kind
            for gi, entry in enumerate(golds[other])
            if entry.get("also_type") == kind and gi not in set(own[other][0].values())
        ]
        free = [pi for pi in range(len(preds[kind])) if pi not in own[kind][0]]
        edges = {
            pi: [
                ci for ci, (other, gi) in enumerate(candidates) if _predicted_forms(preds[kind][pi]) & forms[other][gi]
            ]
            for pi in free
        }
        second[kind] = {pi: candidates[ci] for pi, ci in _maximum_matching(len(preds[kind]), edges).items()}
        for pi, (other, gi) in second[kind].items():
            moved[other] += 1
            matched[(other, gi)] = preds[kind][pi]
    for kind in ENTITY_KINDS:
        by_pred, by_any = own[kind]
        others = set().union(*(f for other in ENTITY_KINDS if other != kind for f in forms[other]))
        extra = len(second[kind])
        count([f"{kind}.gold"] * (len(golds[kind]) - moved[kind] + extra))
        count([f"{kind}.pred"] * len(preds[kind]))
        count([f"{kind}.tp"] * (len(by_pred) + extra))
        for pi, gi in by_pred.items():
            matched[(kind, gi)] = preds[kind][pi]
        for pi, entry in enumerate(preds[kind]):
            if pi in by_pred or pi in second[kind]:
                continue
            if by_any[pi]:
                count([f"{kind}.dup"])
            elif _predicted_forms(entry) & others:
                count([f"{kind}.wrongtype"])
            else:
                count([f"{kind}.spurious"])
    places = {gi: preds["places"][pi] for pi, gi in own["places"][0].items()}
    for gi, entry in enumerate(golds["places"]):
        place = places.get(gi)
        if place is None:
            continue
        code = (place.get("country_code") or "").upper()
        if entry.get("country"):
            count(["cc.n"] + (["cc.ok"] if code == entry["country"] else []))
        else:
            count(["ccnull.n"] + ([] if code else ["ccnull.ok"]))
    return matched


def _fragments(quotes: Iterable[Any], indirect: bool) -> list[dict[str, Any]]:
    out = []
    for quote in quotes or ():
        if not isinstance(quote, dict) or "start" not in quote or (quote.get("type") == "indirect") != indirect:
            continue
        pieces = quote.get("fragments") or []
        if len(pieces) > 1:
            out += [{"start": piece["start"], "end": piece["end"], "q": quote} for piece in pieces]
        else:
            out.append({"start": quote["start"], "end": quote["end"], "q": quote})
    return out


def _speaker_forms(gold: dict[str, Any], quote: dict[str, Any]) -> tuple[str, set[str], set[str]]:
    """The kind of a gold quote's speaker ("named", "description", "null"), the forms that
    name it, and a description's content words."""
    entries = {entry["name"]: entry for kind in ("people", "organisations") for entry in gold.get(kind) or ()}
    speaker = quote.get("speaker")
    if speaker is None:
        return "null", set(), set()
    names = [speaker, *(quote.get("joint") or ()), *(quote.get("accept") or ())]
    forms = set().union(*(_gold_forms(entries[name]) for name in names if name in entries))
    joint = quote.get("joint")
    if speaker in entries or joint and all(name in entries for name in joint):
        return "named", forms, set()
    return "description", forms, _content(speaker) - {"one", "some", "other", "another"}


def _score_speakers(gold: dict[str, Any], record: dict[str, Any], indirect: bool, count: Count) -> None:
    prefix = "ind" if indirect else "dq"
    golds = [q for q in gold.get("quotes") or () if (q.get("type") == "indirect") == indirect]
    preds = _fragments(record.get("quotes") or (), indirect)
    matched = _match_spans(golds, preds)
    if indirect:  # reported speech with quoted words in it may match a quote with marks
        rest = [gi for gi, q in enumerate(golds) if gi not in matched and re.search('[\u201c\u201d\u2018"]', q["text"])]
        whole = [
            {"start": q["start"], "end": q["end"], "q": q}
            for q in record.get("quotes") or ()
            if isinstance(q, dict) and "start" in q and q.get("type") != "indirect"
        ]
        extra = _match_spans([golds[gi] for gi in rest], whole)
        for k, pi in extra.items():
            matched[rest[k]] = len(preds) + pi
        preds += whole
    for gi, quote in enumerate(golds):
        part = "nested" if quote.get("nested") else "main"
        kind, forms, description_words = _speaker_forms(gold, quote)
        count([f"{prefix}.{part}.gold", f"{prefix}.{part}.{kind}.gold"])
        if gi not in matched:
            continue
        count([f"{prefix}.{part}.matched", f"{prefix}.{part}.{kind}.n"])
        speaker = preds[matched[gi]]["q"].get("speaker")
        name = speaker if isinstance(speaker, str) else (speaker or {}).get("name")
        name_form = comparable(name) if name else ""
        if kind == "named":
            right = bool(name_form) and name_form in forms
        elif kind == "description":
            right = bool(name_form) and (name_form in forms or bool(_content(name) & description_words))
        else:
            right = not name
        if right:
            count([f"{prefix}.{part}.{kind}.ok"])


def _score_roles_and_gender(
    gold: dict[str, Any], record: dict[str, Any], matched: dict[tuple[str, int], Any], count: Count
) -> None:
    speakers = [s for s in record.get("speakers") or () if isinstance(s, dict)]
    quoted = {q.get("speaker") for q in gold.get("quotes") or ()}
    for quote in gold.get("quotes") or ():
        quoted.update(quote.get("joint") or ())
    for gi, entry in enumerate(gold.get("people") or ()):
        person = matched.get(("people", gi))
        roles = []
        if person is not None:
            if person.get("role"):
                roles.append(person["role"])
            else:
                forms = _gold_forms(entry)
                roles += [
                    s["role"]
                    for s in speakers
                    if s.get("role") and (s.get("id") == person.get("id") or comparable(s.get("name")) in forms)
                ]
        targets = ([entry["role"]] if entry.get("role") else []) + list(entry.get("descriptions") or ())
        fitting = [_role_fits(role, targets) for role in roles]
        count(["roles.given"] * len(roles) + ["roles.wrong"] * fitting.count(False))
        if entry.get("role"):
            spoke = entry["name"] in quoted
            count(["roles.gold"] + (["roles.gold_spk"] if spoke else []))
            if any(fitting):
                count(["roles.hit"] + (["roles.hit_spk"] if spoke else []))
        if person is not None and "gender" in person:
            count(["gender.output"])
            if entry.get("gender"):
                count(["gender.n"] + (["gender.ok"] if person.get("gender") == entry["gender"] else []))


def _role_fits(role: str, targets: list[str]) -> bool:
    mine = _role_words(role)
    for target in targets:
        theirs = _role_words(target)
        if not mine or not theirs:
            continue
        hits = sum(1 for word in mine if word in theirs or ROLE_SYNONYMS.get(word, set()) & theirs)
        if hits and hits >= 0.5 * min(len(mine), len(theirs)):
            return True
    return False


def format_identity(scores: IdentityScores) -> str:
    """The scores as lines to read, ending in the one-line summary the scorer prints."""

    def ratio(hits: str, total: str) -> str:
        value = scores.ratio(hits, total)
        return f"{value:.3f}" if value is not None else "n/a"

    c = scores.counts
    lines = ["entities           gold  pred    tp      P      R     F1   dup wrongtype spurious"]
    for kind in (*ENTITY_KINDS, "all"):
        precision, recall, f1 = scores.entities(kind)
        lines.append(
            f"  {kind:15} {c.get(kind + '.gold', 0):5} {c.get(kind + '.pred', 0):5} {c.get(kind + '.tp', 0):5}  "
            f"{precision:.3f}  {recall:.3f}  {f1:.3f} {c.get(kind + '.dup', 0):5} "
            f"{c.get(kind + '.wrongtype', 0):9} {c.get(kind + '.spurious', 0):8}"
        )
    lines.append(f"  place country code: {ratio('cc.ok', 'cc.n')} of {c.get('cc.n', 0)} matched places with a code")
    for prefix, label in (("dq", "direct+partial"), ("ind", "indirect")):
        lines.append(
            f"quotes {label}: matched {c.get(prefix + '.main.matched', 0)}/{c.get(prefix + '.main.gold', 0)}; "
            f"speaker named {ratio(prefix + '.main.named.ok', prefix + '.main.named.n')} "
            f"(n={c.get(prefix + '.main.named.n', 0)}), description "
            f"{ratio(prefix + '.main.description.ok', prefix + '.main.description.n')}"
        )
    lines.append(
        f"roles: {ratio('roles.hit', 'roles.gold')} of gold people with a role; quoted speakers "
        f"{ratio('roles.hit_spk', 'roles.gold_spk')}; given {c.get('roles.given', 0)}, wrong {c.get('roles.wrong', 0)}"
    )
    gender = ratio("gender.ok", "gender.n") if c.get("gender.output") else "n/a"
    precision, recall, f1 = scores.entities()
    lines.append(
        f"identity: ent P={precision:.3f} R={recall:.3f} F1={f1:.3f} dup={c.get('all.dup', 0)} | "
        f"cc={ratio('cc.ok', 'cc.n')} | spk_canon={ratio('dq.main.named.ok', 'dq.main.named.n')} "
        f"(n={c.get('dq.main.named.n', 0)}) e2e={ratio('dq.main.named.ok', 'dq.main.named.gold')} "
        f"spk_canon_indirect={ratio('ind.main.named.ok', 'ind.main.named.n')} (n={c.get('ind.main.named.n', 0)}) | "
        f"roles={ratio('roles.hit', 'roles.gold')} roles_spk={ratio('roles.hit_spk', 'roles.gold_spk')} "
        f"wrong_roles={c.get('roles.wrong', 0)} | gender={gender}"
    )
    return "\n".join(lines)
