"""docs/configuration.md must document every key of otlp_sampler/config.py, with its real default.

The models are walked, so a key added to config.py without a line in the doc fails here,
and so does a documented key that no longer exists or a default that changed on one side.
"""

from __future__ import annotations

import math
import re
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from otlp_sampler.config import Config, load_config, parse_duration, parse_severity, parse_size

DOC = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"
REQUIRED = object()


def _model_of(annotation: Any) -> type[BaseModel] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def config_keys(model: type[BaseModel] = Config, prefix: str = "") -> dict[str, Any]:
    """Every leaf key of the config models as ``section.key`` (lists of models as ``key[].field``)."""
    keys: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        key = prefix + name
        nested = _model_of(field.annotation)
        args = typing.get_args(field.annotation)
        item = _model_of(args[0]) if typing.get_origin(field.annotation) is list and args else None
        if nested is not None:
            keys.update(config_keys(nested, key + "."))
            continue
        if field.is_required():
            keys[key] = REQUIRED
        else:
            keys[key] = field.default_factory() if field.default_factory else field.default
        if item is not None:
            keys.update(config_keys(item, key + "[]."))
    return keys


def documented_rows() -> list[tuple[str, str, str]]:
    """(section heading, key, default cell) of every row of the per-section reference tables."""
    rows = []
    section = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## `([a-z_]+)`", line)
        if heading:
            section = heading.group(1)
            continue
        if line.startswith("## "):
            section = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if section and len(cells) >= 4 and re.fullmatch(r"`[a-z_][a-z0-9_.\[\]]*`", cells[0]):
            rows.append((section, cells[0].strip("`"), cells[1]))
    return rows


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return math.isclose(float(a), float(b))
        except (TypeError, ValueError):
            return False
    return type(a) is type(b) and a == b


def default_matches(cell: str, default: Any) -> bool:
    """Whether the doc's default cell, read the way the config file would read it, is the default."""
    text = cell.strip().strip("`")
    if text == "required":
        return default is REQUIRED
    if default is REQUIRED:
        return False
    candidates: list[Any] = [text]
    try:
        candidates.append(yaml.safe_load(text))
    except yaml.YAMLError:
        pass
    for parse in (parse_duration, parse_size, parse_severity):
        try:
            candidates.append(parse(text))
        except ValueError:
            pass
    return any(_same(candidate, default) for candidate in candidates)


def test_the_walker_finds_nested_and_list_keys():
    keys = config_keys()
    assert keys["exporter.retry.max_elapsed_time"] == 300.0
    assert keys["sampling.exemptions[].attribute"] is REQUIRED
    assert keys["receivers.auth_tokens"] == []
    assert "exporter.retry" not in keys  # sections are not leaves
    assert len(keys) > 80


def test_every_config_key_is_documented():
    documented = {key for _, key, _ in documented_rows()}
    missing = sorted(set(config_keys()) - documented)
    assert not missing, f"keys of config.py missing from docs/configuration.md: {missing}"


def test_every_documented_key_exists():
    stale = sorted({key for _, key, _ in documented_rows()} - set(config_keys()))
    assert not stale, f"docs/configuration.md documents keys config.py does not have: {stale}"


def test_each_key_is_documented_once_under_its_section():
    rows = documented_rows()
    keys = [key for _, key, _ in rows]
    assert len(keys) == len(set(keys)), "a key is documented twice"
    misplaced = [key for section, key, _ in rows if key.split(".")[0].split("[")[0] != section]
    assert not misplaced, f"keys under the wrong section heading: {misplaced}"
    sections = {section for section, _, _ in rows}
    assert sections == set(Config.model_fields)


def test_documented_defaults_are_the_real_defaults():
    keys = config_keys()
    wrong = [
        f"{key}: doc says {cell}, config.py has {keys[key]!r}"
        for _, key, cell in documented_rows()
        if key in keys and not default_matches(cell, keys[key])
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("cell", "default", "expected"),
    [("`30s`", 30.0, True), ("`16MiB`", 16 * 1024**2, True), ("`WARN`", 13, True), ("`null`", None, True),
     ("`31s`", 30.0, False), ("`ERROR`", 13, False), ("`false`", True, False), ("`[]`", [], True),
     ("`otlp-sampler:`", "otlp-sampler:", True), ("`required`", None, False)],
)
def test_default_comparison_can_tell_right_from_wrong(cell, default, expected):
    assert default_matches(cell, default) is expected


def test_env_variable_names_in_the_doc_follow_the_rule():
    pairs = re.findall(r"^\| `([a-z_.]+)` \| `(OTLP_SAMPLER_[A-Z_]+)` \|$", DOC.read_text(), re.MULTILINE)
    assert len(pairs) >= 3
    for key, variable in pairs:
        assert variable == "OTLP_SAMPLER_" + key.upper().replace(".", "__")
        assert key in config_keys()


def test_the_complete_example_in_the_doc_loads(tmp_path):
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(), re.DOTALL)
    complete = max(blocks, key=len)
    path = tmp_path / "config.yaml"
    path.write_text(complete)
    env = {"POSTHOG_TOKEN": "phc_test", "INGEST_TOKEN": "in", "ADMIN_TOKEN": "adm",
           "SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T0/B0/x"}
    config = load_config(path, environ=env)
    assert config.exporter.headers["Authorization"] == "Bearer phc_test"
    assert {section for section in yaml.safe_load(complete)} == set(Config.model_fields)
