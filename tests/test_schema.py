"""The README's schema table and real output agree, both ways."""

import os
import re

import orjson
import pytest
from click.testing import CliRunner

from quotex.cli import cli

README = os.path.join(os.path.dirname(__file__), "..", "README.md")


def documented_fields():
    with open(README, encoding="utf-8") as handle:
        text = handle.read()
    section = text[text.index("## Output schema") :]
    section = section[: section.index("\n## ", 10)]
    fields = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            cells = line.split("|")
            named = re.findall(r"`([a-z_\[\].]+)`", cells[1])
            fields.update(named)
            # "`{text, start, end}` of ..." in the meaning cell documents the sub-fields
            for group in re.findall(r"\{([a-z_, ]+)\}", "|".join(cells[3:])):
                for name in named:
                    fields.update(f"{name}.{key.strip()}" for key in group.split(","))
    return fields


def output_fields(value, prefix=""):
    fields = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            if not isinstance(item, list):
                fields.add(path)
            fields |= output_fields(item, path)
    elif isinstance(value, list):
        fields.add(f"{prefix}[]")
        for item in value:
            fields |= output_fields(item, f"{prefix}[]")
    return fields


def expand(fields):
    """`people[].name` documents the same field of places[], organisations[], other_entities[]."""
    lists = ("people", "places", "organisations", "other_entities")
    out = set(fields)
    for field in fields:
        for name in lists:
            if field.startswith(f"{name}[]."):
                out.update(field.replace(name, other, 1) for other in lists)
    return out


@pytest.fixture(scope="module")
def seed_output(nlp, seed_folder):
    result = CliRunner().invoke(
        cli, ["extract", seed_folder, "--include-text", "--labels", "NORP"], catch_exceptions=False
    )
    return orjson.loads(result.stdout)


def test_every_output_field_is_documented(seed_output):
    documented = expand(documented_fields())
    produced = {f for f in output_fields(seed_output) if not f.startswith("meta.")}
    assert produced - documented == set()


def test_every_documented_field_is_produced(seed_output):
    produced = output_fields(seed_output)
    documented = {f for f in documented_fields() if not f.startswith("meta.")}
    container_only = {f for f in documented if f.endswith("[]") and f not in produced}
    assert documented - produced - container_only == set()


def test_the_published_schema_is_the_one_the_records_give():
    import json

    from quotex.schema import output_schema

    published = os.path.join(os.path.dirname(__file__), "..", "quotex", "data", "output.schema.json")
    with open(published, encoding="utf-8") as handle:
        assert json.load(handle) == output_schema()  # regenerate with: quotex schema > quotex/data/output.schema.json


def test_real_output_validates_against_the_schema(seed_output, extract):
    import jsonschema

    from quotex.schema import output_schema
    from quotex.writers import article_to_dict

    validator = jsonschema.Draft202012Validator(output_schema())
    validator.validate(seed_output)
    passages = [
        "JAKE TAPPER: Do you think it will open?\n\nANN LEE: It will open in May.",
        "She watched “Morning Joe” on Tuesday. Ann Lee said the bridge would open.",
        "“Who pays?” he asked.",
    ]
    for text in passages:
        validator.validate(orjson.loads(orjson.dumps(article_to_dict(extract(text)))))


def test_a_record_breaking_the_schema_is_caught(seed_output):
    import jsonschema

    from quotex.schema import output_schema

    broken = dict(seed_output, quotes=[dict(seed_output["quotes"][0], type="shouted")])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, output_schema())
