"""docker/: the image's contract (ports, user, health check, entry point) and the compose stack's wiring.

No container engine runs here, so the Dockerfile and compose files are read as data and
checked against the sources they must agree with: pyproject.toml, otlp_sampler.config and
the collector config the stack mounts. The image's HEALTHCHECK command itself is run
against a real HTTP server.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from otlp_sampler.config import load_config
from otlp_sampler.transmit.grpc_exporter import parse_endpoint

ROOT = Path(__file__).resolve().parent.parent
DOCKER = ROOT / "docker"
_COMPOSE_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|:\?)([^}]*))?\}")


def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """The Dockerfile as stages of (INSTRUCTION, arguments), continuations joined, comments dropped."""
    stages: list[list[tuple[str, str]]] = []
    logical = ""
    for raw in (DOCKER / "Dockerfile").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            logical += line[:-1] + " "
            continue
        instruction, _, arguments = (logical + line).partition(" ")
        logical = ""
        if instruction.upper() == "FROM":
            stages.append([])
        stages[-1].append((instruction.upper(), arguments.strip()))
    return stages


def instructions(stage: list[tuple[str, str]], name: str) -> list[str]:
    return [arguments for instruction, arguments in stage if instruction == name]


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for arguments in instructions(dockerfile_stages()[-1], "ENV"):
        env.update(pair.split("=", 1) for pair in arguments.split())
    return env


def compose(*names: str, environ: dict[str, str] | None = None) -> dict:
    """The compose files merged the way `docker compose -f a -f b` does for the keys used here."""
    merged: dict = {}
    for name in names:
        text = _COMPOSE_VAR.sub(lambda m: _interpolate(m, environ or {}), (DOCKER / name).read_text())
        for service, body in (yaml.safe_load(text).get("services") or {}).items():
            target = merged.setdefault("services", {}).setdefault(service, {})
            for key, value in body.items():
                if isinstance(value, dict) and isinstance(target.get(key), dict):
                    target[key] = {**target[key], **value}
                else:
                    target[key] = value
        for key, value in yaml.safe_load(text).items():
            if key != "services":
                merged[key] = value
    return merged


def _interpolate(match: re.Match[str], environ: dict[str, str]) -> str:
    name, operator, argument = match.groups()
    if environ.get(name):
        return environ[name]
    if operator == ":?":
        raise KeyError(f"{name}: {argument}")
    return argument if operator == ":-" else ""


def bind_mounts(service: dict) -> dict[str, Path]:
    """container path -> host path of a service's bind mounts (relative to docker/)."""
    mounts = {}
    for volume in service.get("volumes", []):
        source, target = volume.split(":")[:2]
        if source.startswith((".", "/")):
            mounts[target] = (DOCKER / source).resolve()
    return mounts


def proxy_config_path() -> Path:
    return bind_mounts(compose("compose.yaml")["services"]["otlp-sampler"])["/etc/otlp-sampler/config.yaml"]


# --------------------------------------------------------------------------- Dockerfile


def test_image_runs_the_proxy_as_non_root_from_python_slim():
    final = dockerfile_stages()[-1]
    assert instructions(final, "FROM") == ["python:3.11-slim"]
    (user,) = instructions(final, "USER")
    assert user.split(":")[0] not in ("root", "0")
    assert json.loads(instructions(final, "ENTRYPOINT")[0]) == ["otlp-sampler", "serve"]
    command = json.loads(instructions(final, "CMD")[0])
    assert command == ["--config", "/etc/otlp-sampler/config.yaml"]


def test_image_exposes_the_receivers_and_an_admin_reachable_from_outside():
    final = dockerfile_stages()[-1]
    exposed = {int(port) for arguments in instructions(final, "EXPOSE") for port in arguments.split()}
    assert exposed == {4317, 4318, 8888}
    # Loopback (the default) would be unreachable from outside the container.
    assert image_env()["OTLP_SAMPLER_ADMIN__ENDPOINT"] == "0.0.0.0:8888"


def test_build_stage_copies_everything_the_wheel_needs():
    build = dockerfile_stages()[0]
    copied = {source for arguments in instructions(build, "COPY") for source in arguments.split()[:-1]}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    needed = {"pyproject.toml", "setup.py", project["project"]["readme"]}  # (setup.py: the compiled miner)
    packages = project["tool"]["setuptools"]["packages"]["find"]["include"]
    needed |= {pattern.rstrip("*") for pattern in packages}
    assert needed <= copied
    assert all((ROOT / source).exists() for source in copied)
    assert any("pip wheel" in run for run in instructions(build, "RUN"))


def _healthcheck_argv() -> list[str]:
    (healthcheck,) = instructions(dockerfile_stages()[-1], "HEALTHCHECK")
    argv = json.loads(healthcheck.partition(" CMD ")[2])
    assert argv[0] == "python"
    return [sys.executable, *argv[1:]]


@contextmanager
def admin_stub(status: int) -> Iterator[int]:
    """An HTTP server answering /healthz with ``status`` (404 elsewhere); yields its port."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(status if self.path == "/healthz" else 404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(("status", "healthy"), [(200, True), (503, False)])
def test_healthcheck_asks_healthz_on_the_admin_port(status, healthy):
    with admin_stub(status) as port:
        env = {"OTLP_SAMPLER_ADMIN__ENDPOINT": f"0.0.0.0:{port}", "PATH": ""}
        result = subprocess.run(_healthcheck_argv(), env=env, capture_output=True, timeout=30)
    assert (result.returncode == 0) is healthy, result.stderr


def test_healthcheck_fails_when_nothing_listens():
    with admin_stub(200) as port:
        pass  # closed again: the port is free now
    env = {"OTLP_SAMPLER_ADMIN__ENDPOINT": f"0.0.0.0:{port}", "PATH": ""}
    assert subprocess.run(_healthcheck_argv(), env=env, capture_output=True, timeout=30).returncode != 0


# --------------------------------------------------------------------------- compose


def test_stack_has_proxy_redis_and_collector():
    services = compose("compose.yaml")["services"]
    assert set(services) == {"otlp-sampler", "redis", "otel-collector", "prometheus", "grafana"}
    image, _, tag = services["otel-collector"]["image"].partition(":")
    assert image == "otel/opentelemetry-collector-contrib"
    # Pinned, and new enough for the otlp_grpc / otlp_http exporter names.
    assert tuple(int(part) for part in tag.split(".")) >= (0, 144, 0)
    build = services["otlp-sampler"]["build"]
    assert (DOCKER / build["context"]).resolve() == ROOT
    assert (ROOT / build["dockerfile"]).resolve() == DOCKER / "Dockerfile"
    assert services["otlp-sampler"]["depends_on"]["redis"]["condition"] == "service_healthy"
    assert services["redis"]["healthcheck"]["test"]


def test_bind_mounts_exist_and_match_what_the_containers_read():
    services = compose("compose.yaml")["services"]
    for service in services.values():
        for target, source in bind_mounts(service).items():
            assert source.is_file() or (source.is_dir() and not Path(target).suffix), source
    collector = services["otel-collector"]
    config_flag = next(arg for arg in collector["command"] if arg.startswith("--config="))
    assert config_flag.removeprefix("--config=") in bind_mounts(collector)
    assert proxy_config_path() == DOCKER / "otlp-sampler.yaml"


def test_published_ports():
    services = compose("compose.yaml")["services"]
    assert {"4317:4317", "4318:4318"} <= set(services["otel-collector"]["ports"])
    admin_port = image_env()["OTLP_SAMPLER_ADMIN__ENDPOINT"].rpartition(":")[2]
    assert f"127.0.0.1:{admin_port}:{admin_port}" in services["otlp-sampler"]["ports"]


def _proxy_env(*files: str, environ: dict[str, str] | None = None) -> dict[str, str]:
    service = compose(*files, environ=environ)["services"]["otlp-sampler"]
    return {**image_env(), **{k: str(v) for k, v in service.get("environment", {}).items()}}


def test_proxy_config_loads_and_uses_the_redis_service():
    config = load_config(proxy_config_path(), environ=_proxy_env("compose.yaml"))
    assert config.store.kind == "redis"
    assert config.store.url.startswith("redis://redis:")
    assert config.admin.endpoint == "0.0.0.0:8888"
    grace = compose("compose.yaml")["services"]["otlp-sampler"]["stop_grace_period"]
    assert float(grace.removesuffix("s")) > config.exporter.shutdown_timeout


def test_collector_and_proxy_point_at_each_other_without_a_loop():
    collector = yaml.safe_load((DOCKER / "otelcol.yaml").read_text())
    proxy = load_config(proxy_config_path(), environ=_proxy_env("compose.yaml"))
    proxy_grpc_port = proxy.receivers.grpc.endpoint.rpartition(":")[2]
    to_proxy = {name for name, body in collector["exporters"].items()
                if body.get("endpoint") == f"otlp-sampler:{proxy_grpc_port}"}
    assert to_proxy, "no collector exporter sends to the proxy's gRPC receiver"

    exporter = proxy.resolved_exporter(environ={})
    target, secure = parse_endpoint(exporter.endpoint)
    host, _, port = target.rpartition(":")
    assert (exporter.protocol, host, secure) == ("grpc", "otel-collector", False)
    returning = {name for name, body in collector["receivers"].items()
                 if body["protocols"].get("grpc", {}).get("endpoint") == f"0.0.0.0:{port}"}
    assert returning, "the proxy sends to a port the collector does not listen on"
    for pipeline in collector["service"]["pipelines"].values():
        if set(pipeline["receivers"]) & returning:
            assert pipeline["exporters"] == ["debug"]
            assert not set(pipeline["exporters"]) & to_proxy, "records would loop through the proxy"


def test_posthog_override_sends_kept_records_to_posthog():
    env = _proxy_env("compose.yaml", "compose.posthog.yaml", environ={"POSTHOG_TOKEN": "phc_test"})
    exporter = load_config(proxy_config_path(), environ=env).resolved_exporter(environ={})
    assert exporter.protocol == "http/protobuf"
    assert exporter.endpoint == "https://us.i.posthog.com/i/v1/logs"
    assert exporter.headers["Authorization"] == "Bearer phc_test"
    with pytest.raises(KeyError, match="POSTHOG_TOKEN"):
        compose("compose.yaml", "compose.posthog.yaml", environ={})


def test_the_admin_api_answers_to_the_host_prometheus_scrapes():
    """The admin API refuses Host names it does not know (DNS rebinding): the compose
    config must name the one Prometheus's scrape target uses, or every scrape is a 400."""
    from otlp_sampler.admin.guard import HostPolicy

    proxy = load_config(proxy_config_path(), environ=_proxy_env("compose.yaml"))
    hosts = HostPolicy(proxy.admin.endpoint.rpartition(":")[0], proxy.admin.allowed_hosts)
    scrape = yaml.safe_load((DOCKER / "prometheus.yml").read_text())
    targets = [t for job in scrape["scrape_configs"] for group in job["static_configs"]
               for t in group["targets"]]
    assert targets and all(hosts.allows(target) for target in targets)
    assert not hosts.allows("evil.example:8888")
