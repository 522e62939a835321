"""The JSON Schema of quotex's output records, made from the record classes themselves, so
that the published schema (``quotex schema``, ``quotex/data/output.schema.json``) and the
records cannot drift apart."""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Union

from quotex.models import (
    GENDER_EVIDENCE_KINDS,
    GENDERS,
    INDIRECT_KINDS,
    QUOTE_TYPES,
    SCHEMA_VERSION,
    SPEAKER_KINDS,
    Article,
)

SCHEMA_ID = f"https://quotex.invalid/schema/{SCHEMA_VERSION}/article.json"
# fields whose values are one of a fixed list
ENUMS: dict[tuple[str, str], tuple[str | None, ...]] = {
    ("Person", "gender"): (*GENDERS, None),
    ("Speaker", "gender"): (*GENDERS, None),
    ("GenderEvidence", "kind"): GENDER_EVIDENCE_KINDS,
    ("Quote", "type"): QUOTE_TYPES,
    ("QuoteSpeaker", "kind"): SPEAKER_KINDS,
    ("Speaker", "kind"): SPEAKER_KINDS,
    ("Quote", "indirect_kind"): (*INDIRECT_KINDS, None),
    ("Term", "reason"): ("title_or_name", "heading", "scare_quote", "short_unattributed", "unattributed_fragment"),
}
# fields left out of a record when empty (writers.article_to_dict)
OPTIONAL = {("Article", "text")}


def output_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of one output line: one article."""
    definitions: dict[str, Any] = {}
    root = _record(Article, definitions)
    root["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "quotex article",
        "description": "One article as quotex writes it: a JSON object per line. Offsets are code-point "
        "offsets into the article text as read.",
        **root,
        "$defs": definitions,
    }


def _record(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {}
    for field in dataclasses.fields(cls):
        schema = _type(hints[field.name], definitions)
        choices = ENUMS.get((cls.__name__, field.name))
        if choices is not None:
            schema = {"enum": list(choices)}
        properties[field.name] = schema
    required = [field.name for field in dataclasses.fields(cls) if (cls.__name__, field.name) not in OPTIONAL]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def _type(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [_type(argument, definitions) for argument in typing.get_args(hint)]
        return {"anyOf": options}
    if origin is list:
        (item,) = typing.get_args(hint)
        return {"type": "array", "items": _type(item, definitions)}
    if origin is dict:
        return {"type": "object"}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        if hint.__name__ not in definitions:
            definitions[hint.__name__] = {}  # a placeholder while it is made
            definitions[hint.__name__] = _record(hint, definitions)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
    if hint in simple:
        return {"type": simple[hint]}
    return {}
