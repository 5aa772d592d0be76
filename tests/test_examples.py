"""Every file in examples/ loads with the environment it documents, and means what it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from otlp_sampler.cli import main
from otlp_sampler.config import Config, ConfigError, load_config
from otlp_sampler.transmit.grpc_exporter import parse_endpoint

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# The variables each example needs; the test fails for an example not listed here.
ENVIRONMENTS = {
    "posthog.yaml": {"POSTHOG_TOKEN": "phc_example"},
    "posthog-tenants.yaml": {"POSTHOG_TOKEN_SHOP": "phc_shop", "POSTHOG_TOKEN_BILLING": "phc_billing"},
    "collector-chain.yaml": {"OTEL_COLLECTOR": "http://otel-collector:4317"},
    "llm-ollama.yaml": {"SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T0/B0/x"},
    "redis-replicas.yaml": {"POSTHOG_TOKEN": "phc_example", "ADMIN_TOKEN": "s3cret"},
}


def load(name: str, **extra: str) -> Config:
    return load_config(EXAMPLES / name, environ={**ENVIRONMENTS[name], **extra})


def test_every_example_is_covered():
    assert sorted(p.name for p in EXAMPLES.glob("*.yaml")) == sorted(ENVIRONMENTS)


@pytest.mark.parametrize("name", sorted(ENVIRONMENTS))
def test_example_passes_check_config(name, monkeypatch, capsys):
    for variable, value in ENVIRONMENTS[name].items():
        monkeypatch.setenv(variable, value)
    assert main(["check-config", str(EXAMPLES / name)]) == 0
    assert ": OK" in capsys.readouterr().out


def test_posthog_sends_protobuf_with_the_bearer_token():
    exporter = load("posthog.yaml").resolved_exporter(environ={})
    assert exporter.protocol == "http/protobuf"
    assert exporter.endpoint == "https://us.i.posthog.com/i/v1/logs"
    assert exporter.headers == {"Authorization": "Bearer phc_example"}
    assert exporter.compression == "gzip"


def test_posthog_host_moves_the_endpoint():
    config = load("posthog.yaml", POSTHOG_HOST="https://eu.i.posthog.com")
    assert config.exporter.endpoint == "https://eu.i.posthog.com/i/v1/logs"


def test_posthog_without_token_fails_naming_the_variable():
    with pytest.raises(ConfigError, match=r"exporter\.headers\.Authorization: .*POSTHOG_TOKEN"):
        load_config(EXAMPLES / "posthog.yaml", environ={})


def test_posthog_tenants_pass_each_apps_token_through_to_the_allowed_projects():
    config = load("posthog-tenants.yaml")
    assert (config.tenants.mode, config.tenants.allow) == ("passthrough", ["phc_shop", "phc_billing"])
    exporter = config.resolved_exporter(environ={})
    assert exporter.endpoint == "https://us.i.posthog.com/i/v1/logs"
    assert "Authorization" not in exporter.headers  # each tenant's own token goes instead


def test_collector_chain_forwards_over_grpc():
    exporter = load("collector-chain.yaml").resolved_exporter(environ={})
    assert exporter.protocol == "grpc"
    assert parse_endpoint(exporter.endpoint) == ("otel-collector:4317", False)  # plaintext, like a collector
    default = load_config(EXAMPLES / "collector-chain.yaml", environ={}).exporter
    # The port collector-config/proxy-to-collector.yaml listens on.
    assert parse_endpoint(default.endpoint) == ("localhost:14317", False)


def test_llm_ollama_uses_the_local_openai_compatible_api():
    generator = load("llm-ollama.yaml").policy_generator
    assert generator.kind == "llm"
    assert generator.llm.base_url == "http://localhost:11434/v1"
    assert generator.llm.api_key
    assert generator.llm.redact
    alerts = load("llm-ollama.yaml").alerts
    assert alerts.explain.enabled  # with the LLM generator, by default
    assert [(hook.name, hook.format) for hook in alerts.webhooks] == [("oncall", "slack")]


def test_redis_replicas_share_a_redis_store():
    config = load("redis-replicas.yaml", REDIS_URL="redis://redis:6379/0")
    assert config.store.kind == "redis"
    assert config.store.url == "redis://redis:6379/0"
    assert config.admin.endpoint.startswith("0.0.0.0:")
    assert config.admin.token == "s3cret"
    assert config.resolved_exporter(environ={}).protocol == "http/protobuf"
