"""The config contract: YAML file, environment overrides, ${VAR} expansion, errors that name the key."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from otlp_sampler.config import ConfigError, load_config


def write(tmp_path, text: str):
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return path


def test_no_file_gives_the_zero_config_defaults():
    config = load_config(None, environ={})
    assert config.receivers.grpc.endpoint == "0.0.0.0:4317"
    assert config.receivers.http.endpoint == "0.0.0.0:4318"
    assert config.admin.endpoint == "127.0.0.1:8888"
    assert config.policy_generator.kind == "heuristic"
    assert config.store.kind == "sqlite" and config.store.path == "./.otlp-sampler/state.db"
    assert config.resolved_exporter({}).protocol == "debug"


def test_posthog_token_alone_sends_to_posthog():
    exporter = load_config(None, environ={}).resolved_exporter({"POSTHOG_TOKEN": "phc_x"})
    assert exporter.protocol == "http/protobuf"
    assert exporter.endpoint == "https://us.i.posthog.com/i/v1/logs"
    assert exporter.headers["Authorization"] == "Bearer phc_x"
    eu = load_config(None, environ={}).resolved_exporter(
        {"POSTHOG_TOKEN": "phc_x", "POSTHOG_HOST": "https://eu.i.posthog.com"})
    assert eu.endpoint == "https://eu.i.posthog.com/i/v1/logs"


def test_file_values_durations_sizes_and_severity_names(tmp_path):
    config = load_config(write(tmp_path, """
exporter:
  endpoint: http://collector:4318/v1/logs
  batch: {timeout: 250ms, max_bytes: 2MiB}
sampling:
  keep_severity: error
analysis: {interval: 5m}
"""), environ={})
    assert config.exporter.batch.timeout == 0.25
    assert config.exporter.batch.max_bytes == 2 * 1024 * 1024
    assert config.sampling.keep_severity == 17
    assert config.analysis.interval == 300
    assert config.resolved_exporter({}).protocol == "http/protobuf"  # an endpoint alone means OTLP/HTTP


def test_environment_overrides_the_file_and_vars_expand(tmp_path):
    path = write(tmp_path, """
exporter:
  endpoint: https://us.i.posthog.com/i/v1/logs
  headers: {Authorization: "Bearer ${POSTHOG_TOKEN}"}
store: {path: "${STATE_DIR:-/var/lib/otlp-sampler}/state.db"}
""")
    config = load_config(path, environ={"POSTHOG_TOKEN": "phc_secret",
                                        "OTLP_SAMPLER_EXPORTER__ENDPOINT": "http://other:4318/v1/logs",
                                        "OTLP_SAMPLER_SAMPLING__NOVELTY__KEEP": "3"})
    assert config.exporter.headers["Authorization"] == "Bearer phc_secret"
    assert config.exporter.endpoint == "http://other:4318/v1/logs"
    assert config.sampling.novelty.keep == 3
    assert config.store.path == "/var/lib/otlp-sampler/state.db"


@pytest.mark.parametrize("text, key, expected", [
    ("exporter:\n  batch: {timeout: soon}\n", "exporter.batch.timeout", "duration"),
    ("exporter:\n  protocl: grpc\n", "exporter.protocl", "unknown key"),
    ("exporter:\n  protocol: carrier-pigeon\n", "exporter.protocol", "'http/protobuf'"),
    ("sampling:\n  keep_severity: FATAL\n", "sampling.keep_severity", "at most ERROR"),
    ("sampling:\n  default_rate: 0.00001\n", "sampling", "below sampling.min_rate"),
    ("sampling:\n  min_rate: 0\n", "sampling.min_rate", "greater than 0"),
    ("exporter:\n  protocol: grpc\n", "exporter.endpoint", "required"),
])
def test_a_bad_value_names_the_key_the_value_and_what_was_expected(tmp_path, text, key, expected):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text), environ={})
    message = str(error.value)
    assert key in message and expected in message, message


LISTEN_FORM = "expected host:port"
HTTP_URL = "expected a URL like https://us.i.posthog.com/i/v1/logs (scheme http://, https://)"


@pytest.mark.parametrize("text, key, expected", [
    # gRPC would take a bare host as port 443, a port over 65535 kills serve with a traceback.
    ("receivers:\n  grpc: {endpoint: localhost}\n", "receivers.grpc.endpoint", f"no port: {LISTEN_FORM}"),
    ("receivers:\n  http: {endpoint: '0.0.0.0:99999'}\n", "receivers.http.endpoint",
     f"port 99999 is not in 0-65535: {LISTEN_FORM}"),
    ("receivers:\n  http: {endpoint: 'http://0.0.0.0:4318'}\n", "receivers.http.endpoint",
     f"a listening address has no scheme: {LISTEN_FORM}"),
    ("admin: {endpoint: 'my host:8888'}\n", "admin.endpoint", "'my host' is not a host name or IP address"),
    ("exporter: {endpoint: not a url}\n", "exporter.endpoint", HTTP_URL),
    ("exporter: {endpoint: 'htp://collector:4318/v1/logs'}\n", "exporter.endpoint", HTTP_URL),
    ("exporter: {protocol: http/json, endpoint: 'http://collector:123456'}\n", "exporter.endpoint",
     "the port is not a number in 0-65535"),
    ("exporter: {protocol: grpc, endpoint: collector}\n", "exporter.endpoint",
     "no port: expected http://host:port (plaintext), https://host:port or host:port (TLS)"),
    ("exporter: {protocol: grpc, endpoint: 'grpc://collector:4317'}\n", "exporter.endpoint",
     "expected a URL like http://otel-collector:4317"),
    ("store: {kind: redis, url: 'localhost:6379'}\n", "store.url",
     "expected a URL like redis://127.0.0.1:6379/0 (scheme redis://, rediss://, unix://)"),
    ("policy_generator:\n  llm: {base_url: 'localhost:11434/v1'}\n", "policy_generator.llm.base_url",
     "expected a URL like http://localhost:11434/v1"),
])
def test_every_endpoint_is_checked_at_load_naming_the_key_and_the_form(tmp_path, text, key, expected):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text), environ={})
    message = str(error.value)
    assert f"{key}: {expected}" in message, message


@pytest.mark.parametrize("key, value", [
    ("receivers.grpc.endpoint", ":4317"), ("receivers.http.endpoint", "[::]:4318"),
    ("admin.endpoint", "otlp_sampler-admin.internal:0"), ("exporter.endpoint", "http://[::1]:4318/v1/logs"),
    ("store.url", "rediss://:pw@redis.example:6380/2"), ("store.url", "unix:///run/redis.sock"),
    ("policy_generator.llm.base_url", "https://api.openai.com/v1"),
])
def test_the_documented_endpoint_forms_load(tmp_path, key, value):
    section, *rest = key.split(".")
    nested: dict = {rest[-1]: value}
    for part in reversed(rest[:-1]):
        nested = {part: nested}
    config = load_config(write(tmp_path, json.dumps({section: nested})), environ={})
    found = config
    for part in key.split("."):
        found = getattr(found, part)
    assert found == value
    grpc = load_config(write(tmp_path, "exporter: {protocol: grpc, endpoint: 'collector:4317'}"), environ={})
    assert grpc.exporter.endpoint == "collector:4317"  # bare host:port: gRPC over TLS


def test_a_bad_url_is_shown_without_its_password_or_token(tmp_path):
    text = ("exporter: {endpoint: 'htp://us.i.posthog.com/i/v1/logs?token=phc_secret'}\n"
            "store: {url: 'redis://:hunter2@redis:99999/0'}\n")
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text), environ={})
    message = str(error.value)
    assert "exporter.endpoint" in message and "store.url" in message
    assert "phc_secret" not in message and "hunter2" not in message


def test_unset_variable_and_broken_yaml_are_named(tmp_path):
    with pytest.raises(ConfigError, match=r"exporter\.headers\.Authorization: environment variable TOKEN"):
        load_config(write(tmp_path, "exporter:\n  headers: {Authorization: 'Bearer ${TOKEN}'}\n"), environ={})
    with pytest.raises(ConfigError, match=r"config.yaml: not valid YAML at line \d+"):
        load_config(write(tmp_path, "sampling:\n  novelty: [unclosed\n"), environ={})


def test_a_missing_secret_is_never_given_a_made_up_default(tmp_path):
    secret = write(tmp_path, "exporter:\n  headers: {Authorization: 'Bearer ${POSTHOG_TOKEN}'}\n")
    with pytest.raises(ConfigError) as error:
        load_config(secret, environ={})
    assert "POSTHOG_TOKEN is not set" in str(error.value) and ":-" not in str(error.value)
    plain = write(tmp_path, "store: {path: '${STATE_DIR}/state.db'}\n")
    with pytest.raises(ConfigError, match=r"STATE_DIR is not set \(export it, or give a default: "
                                          r"\$\{STATE_DIR:-value\}\)"):
        load_config(plain, environ={})


def test_check_config_names_the_file_once(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("sampling:\n  novelty: [unclosed\n")
    result = subprocess.run([sys.executable, "-m", "otlp_sampler", "check-config", str(path)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.count("bad.yaml") == 1, result.stderr
    assert result.stderr.startswith(f"{path}: not valid YAML at line")


def test_check_config_prints_the_error_without_a_traceback(tmp_path):
    path = write(tmp_path, "sampling:\n  keep_severity: FATAL\n")
    result = subprocess.run([sys.executable, "-m", "otlp_sampler", "check-config", str(path)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "sampling.keep_severity" in result.stderr and "Traceback" not in result.stderr
    serve = subprocess.run([sys.executable, "-m", "otlp_sampler", "serve", "--config", str(path)],
                           capture_output=True, text=True, timeout=60, check=False)
    assert serve.returncode == 2
    assert "sampling.keep_severity" in serve.stderr and "Traceback" not in serve.stderr


def test_json_logs_are_one_valid_object_per_line_even_with_quotes(tmp_path):
    path = write(tmp_path, "logging: {format: json}\n")
    script = ("import json, logging; from otlp_sampler.commands.serve import configure_logging; "
              "from otlp_sampler.config import load_config; "
              f"configure_logging(load_config({str(path)!r})); "
              "logging.getLogger('t').warning('a \"quoted\" word\\nand a new line')")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            check=False)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["level"] == "WARNING" and entry["message"] == 'a "quoted" word\nand a new line'


@pytest.mark.parametrize("variable, value, key", [
    ("OTLP_SAMPLER_RECEIVERS__AUTH_TOKENS", "abc", "receivers.auth_tokens"),
    ("OTLP_SAMPLER_EXPORTER__HEADERS", "Authorization=Bearer x", "exporter.headers"),
    ("OTLP_SAMPLER_SAMPLING__EXEMPTIONS", "[{", "sampling.exemptions"),
])
def test_a_non_json_list_or_mapping_in_the_environment_is_a_config_error_naming_the_key(
        variable, value, key):
    with pytest.raises(ConfigError) as error:
        load_config(None, environ={variable: value})
    message = str(error.value)
    assert key in message and variable in message and "JSON" in message, message
    assert value not in message  # it may be a token


def test_check_config_with_a_non_json_token_list_exits_with_a_config_error(tmp_path):
    import os

    environ = {**os.environ, "OTLP_SAMPLER_RECEIVERS__AUTH_TOKENS": "s3cret-token"}
    command = [sys.executable, "-m", "otlp_sampler", "check-config", str(write(tmp_path, "{}"))]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False, env=environ)
    assert result.returncode == 1
    assert "receivers.auth_tokens" in result.stderr and "Traceback" not in result.stderr
    assert "s3cret-token" not in result.stderr


def test_check_config_print_masks_every_url_with_credentials(tmp_path):
    path = write(tmp_path, """
exporter:
  endpoint: "https://ingest:exporter-pass@sink.example/i/v1/logs?token=phc_querytoken"
store: {kind: redis, url: "redis://:redis-pass@cache.internal:6380/2"}
policy_generator:
  llm: {base_url: "http://llm-user:llm-pass@llm.internal:8000/v1"}
""")
    result = subprocess.run([sys.executable, "-m", "otlp_sampler", "check-config", "--print", str(path)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    for secret in ("exporter-pass", "phc_querytoken", "redis-pass", "llm-pass", "llm-user", "ingest:"):
        assert secret not in result.stdout, secret
    # What is left still says where each URL points.
    assert "redis://***@cache.internal:6380/2" in result.stdout
    assert "http://***@llm.internal:8000/v1" in result.stdout
    assert "https://***@sink.example/i/v1/logs?…" in result.stdout
