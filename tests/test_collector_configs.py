"""The OpenTelemetry Collector configs in collector-config/ and docker/ are complete and aim right.

No collector binary can run here, so this checks what `otelcol validate` would plus what it
cannot: every pipeline component is defined and known to otelcol-contrib under its current
name, receivers listen on every interface, and the exporters point at the ports the proxy
really listens on (taken from otlp_sampler.config, not repeated here).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from otlp_sampler.config import Config, load_config
from otlp_sampler.transmit.grpc_exporter import parse_endpoint

ROOT = Path(__file__).resolve().parent.parent
COLLECTOR_CONFIG = ROOT / "collector-config"
CONFIGS = [*sorted(COLLECTOR_CONFIG.glob("*.yaml")), ROOT / "docker" / "otelcol.yaml"]

# Component types of the upstream otelcol-contrib distribution these configs may use, by
# their current names (`otlp_grpc`/`otlp_http` since v0.144; `debug`, not the removed `logging`).
KNOWN = {
    "receivers": {"otlp"},
    "processors": {"memory_limiter", "batch"},
    "exporters": {"otlp_grpc", "otlp_http", "debug"},
}
SECTIONS = {"receivers", "processors", "exporters", "extensions", "connectors", "service"}
_ENV_REF = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def read(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def with_defaults(value: str) -> str:
    """A collector string with every ``${env:VAR:-default}`` replaced by its default."""
    return _ENV_REF.sub(lambda m: m.group(2) or "", value)


def proxy_port(receiver: str) -> int:
    return int(getattr(Config().receivers, receiver).endpoint.rpartition(":")[2])


def components_of_type(config: dict, section: str, kind: str) -> dict[str, dict]:
    defined = config.get(section) or {}
    return {name: body or {} for name, body in defined.items() if name.split("/")[0] == kind}


def pipelines(config: dict) -> dict[str, dict]:
    return config["service"]["pipelines"]


def test_all_three_shapes_are_there():
    names = {path.name for path in COLLECTOR_CONFIG.glob("*.yaml")}
    assert {"app-to-proxy-grpc.yaml", "app-to-proxy-http.yaml", "proxy-to-collector.yaml"} <= names
    readme = (COLLECTOR_CONFIG / "README.md").read_text()
    assert all(name in readme for name in names), "collector-config/README.md must explain every file"


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_every_pipeline_component_is_defined_known_and_used(path):
    config = read(path)
    assert set(config) <= SECTIONS
    assert pipelines(config), "no pipelines"
    used = {section: set() for section in KNOWN}
    for name, pipeline in pipelines(config).items():
        assert name.split("/")[0] == "logs", f"{name}: only logs go through the proxy"
        assert pipeline.get("receivers") and pipeline.get("exporters"), f"{name}: receivers and exporters"
        for section in KNOWN:
            for component in pipeline.get(section, []):
                assert component in (config.get(section) or {}), f"{name}: {component} is not defined"
                used[section].add(component)
    for section, known in KNOWN.items():
        defined = set(config.get(section) or {})
        assert defined == used[section], f"{section} defined but unused: {defined - used[section]}"
        unknown = {name for name in defined if name.split("/")[0] not in known}
        assert not unknown, f"not an otelcol-contrib {section[:-1]} (or a removed name): {unknown}"


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_memory_limiter_comes_first_and_batch_last(path):
    config = read(path)
    for name, pipeline in pipelines(config).items():
        processors = pipeline.get("processors", [])
        assert processors and processors[0].split("/")[0] == "memory_limiter", name
        batches = [i for i, p in enumerate(processors) if p.split("/")[0] == "batch"]
        assert batches in ([], [len(processors) - 1]), name
    assert components_of_type(config, "processors", "batch"), "some pipeline should batch"
    for limiter in components_of_type(config, "processors", "memory_limiter").values():
        assert limiter.get("check_interval"), "memory_limiter does nothing without check_interval"


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_receivers_listen_on_every_interface(path):
    # Collectors default to localhost since v0.104, which is unreachable from other containers.
    for name, receiver in components_of_type(read(path), "receivers", "otlp").items():
        protocols = receiver["protocols"]
        assert protocols and set(protocols) <= {"grpc", "http"}, name
        for protocol in protocols.values():
            assert protocol["endpoint"].startswith("0.0.0.0:"), name


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_environment_references_use_the_env_provider(path):
    text = path.read_text()
    assert text.count("${") == text.count("${env:"), "write ${env:VAR}, not ${VAR}"


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_grpc_exporters_are_host_port_and_plaintext_like_the_proxy(path):
    for name, exporter in components_of_type(read(path), "exporters", "otlp_grpc").items():
        endpoint = with_defaults(exporter["endpoint"])
        assert re.fullmatch(r"[a-z0-9.-]+:\d+", endpoint), f"{name}: {endpoint} is not host:port"
        assert exporter["tls"]["insecure"] is True, f"{name}: the proxy serves plaintext gRPC by default"


def test_grpc_config_sends_to_the_proxy_grpc_port():
    config = read(COLLECTOR_CONFIG / "app-to-proxy-grpc.yaml")
    (exporter,) = components_of_type(config, "exporters", "otlp_grpc").values()
    host, _, port = with_defaults(exporter["endpoint"]).rpartition(":")
    assert (host, int(port)) == ("otlp-sampler", proxy_port("grpc"))
    assert exporter["retry_on_failure"]["enabled"] is True  # the proxy's backpressure relies on it


def test_http_config_sends_to_the_proxy_http_port():
    config = read(COLLECTOR_CONFIG / "app-to-proxy-http.yaml")
    (exporter,) = components_of_type(config, "exporters", "otlp_http").values()
    url = urlsplit(with_defaults(exporter["endpoint"]))
    assert (url.scheme, url.hostname, url.port) == ("http", "otlp-sampler", proxy_port("http"))
    assert url.path in ("", "/"), "otlp_http appends /v1/logs to endpoint itself"
    assert exporter["encoding"] == "proto"
    assert exporter["retry_on_failure"]["enabled"] is True


def test_proxy_to_collector_listens_where_the_chain_example_sends():
    config = read(COLLECTOR_CONFIG / "proxy-to-collector.yaml")
    example = load_config(ROOT / "examples" / "collector-chain.yaml", environ={}).exporter
    assert example.protocol == "grpc"
    target, secure = parse_endpoint(example.endpoint)
    assert not secure, "this collector's receiver is plaintext"
    port = int(target.rpartition(":")[2])
    (receiver,) = components_of_type(config, "receivers", "otlp").values()
    assert receiver["protocols"]["grpc"]["endpoint"] == f"0.0.0.0:{port}"
    assert port not in (proxy_port("grpc"), proxy_port("http")), "would clash with the proxy on one host"


def test_proxy_to_collector_exports_to_posthog_logs_path_with_bearer_token():
    config = read(COLLECTOR_CONFIG / "proxy-to-collector.yaml")
    (posthog,) = components_of_type(config, "exporters", "otlp_http").values()
    assert "endpoint" not in posthog, "endpoint would get /v1/logs appended; PostHog wants /i/v1/logs"
    assert with_defaults(posthog["logs_endpoint"]) == "https://us.i.posthog.com/i/v1/logs"
    assert posthog["headers"]["Authorization"] == "Bearer ${env:POSTHOG_TOKEN}"
    assert posthog["compression"] == "gzip"
    assert components_of_type(config, "exporters", "debug")
