"""alerts.* at load: webhook names, URLs checked, and a webhook's secret path never printed."""

from __future__ import annotations

import argparse
import typing

import pytest

from otlp_sampler.commands import check_config
from otlp_sampler.config import ConfigError, load_config

SLACK = "https://hooks.slack.com/services/T0AAA/B0BBB/s3cr3tw3bh00kt0k3n"


def write(tmp_path, text: str):
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return path


def test_webhooks_are_named_after_their_host_unless_named(tmp_path):
    config = load_config(write(tmp_path, f"""
alerts:
  min_severity: WARN
  webhooks:
    - {{url: "{SLACK}", format: slack}}
    - {{url: "https://hooks.slack.com/services/T1/B1/other"}}
    - {{url: "http://127.0.0.1:9000/alerts", name: local}}
"""), environ={})
    assert [h.name for h in config.alerts.webhooks] == ["hooks.slack.com", "hooks.slack.com#2", "local"]
    assert config.alerts.min_severity == 13


def test_a_name_given_twice_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="the name 'a' is given twice"):
        load_config(write(tmp_path, """
alerts: {webhooks: [{url: "http://a.example/1", name: a}, {url: "http://b.example/2", name: a}]}
"""), environ={})


def test_a_bad_webhook_url_is_refused_without_showing_its_path(tmp_path):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, 'alerts: {webhooks: [{url: "hxxps://hooks.slack.com/services/T/B/s3cr3t"}]}\n'),
                    environ={})
    assert "alerts.webhooks.0.url" in str(error.value) and "s3cr3t" not in str(error.value)


def test_check_config_print_masks_webhook_urls_and_headers(tmp_path, capsys):
    path = write(tmp_path, f"""
alerts:
  webhooks: [{{url: "{SLACK}", headers: {{Authorization: "Bearer hook-secret"}}}}]
""")
    assert check_config.run(argparse.Namespace(file=str(path), print_resolved=True)) == 0
    out = capsys.readouterr().out
    assert "s3cr3tw3bh00kt0k3n" not in out and "hook-secret" not in out
    assert "https://hooks.slack.com/***" in out


def test_the_kinds_named_outside_analyze_are_anomaly_kinds():
    from otlp_sampler.analyze.anomalies import AnomalyKind
    from otlp_sampler.commands.alerts import KINDS
    from otlp_sampler.config import AlertKind

    assert set(typing.get_args(AlertKind)) == set(KINDS) == {kind.value for kind in AnomalyKind}
