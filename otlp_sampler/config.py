"""Configuration: one YAML file, overridable by environment, with ``${VAR}`` expansion.

Precedence, highest first: ``OTLP_SAMPLER_<SECTION>__<KEY>`` environment variables, the YAML
file, the defaults below. Every key is documented in docs/configuration.md; keep the two
in step. A bad value fails at load time with the dotted key, the value and what was
expected (:class:`ConfigError`), never with a traceback.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import typing
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, SettingsError

ENV_PREFIX = "OTLP_SAMPLER_"

SEVERITY_NAMES = {
    "TRACE": 1,
    "DEBUG": 5,
    "INFO": 9,
    "WARN": 13,
    "WARNING": 13,
    "ERROR": 17,
    "FATAL": 21,
}


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the key and the problem."""


# --------------------------------------------------------------------------- value types

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    None: 1,
    "b": 1,
    "kb": 1000,
    "kib": 1024,
    "mb": 1000**2,
    "mib": 1024**2,
    "gb": 1000**3,
    "gib": 1024**3,
}


def parse_duration(value: Any) -> float:
    """Seconds from a number or a string like ``250ms``, ``60s``, ``5m``, ``1h``."""
    if isinstance(value, bool):
        raise ValueError("expected a duration like 250ms, 60s, 5m or 1h")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError("expected a duration like 250ms, 60s, 5m or 1h")
        number, unit = float(match.group(1)), match.group(2) or "s"
        seconds = number * {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}[unit]
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    return seconds


def parse_size(value: Any) -> int:
    """Bytes from a number or a string like ``4MiB``, ``512kb``."""
    if isinstance(value, bool):
        raise ValueError("expected a size like 4MiB or 512KB")
    if isinstance(value, (int, float)):
        size = int(value)
    else:
        match = _SIZE.match(str(value))
        if not match:
            raise ValueError("expected a size like 4MiB or 512KB")
        unit = match.group(2).lower() if match.group(2) else None
        size = int(float(match.group(1)) * _SIZE_UNITS[unit])
    if size < 0:
        raise ValueError("a size cannot be negative")
    return size


def parse_severity(value: Any) -> int:
    """An OTLP severity number from a name (``WARN``) or a number (13)."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        name = str(value).strip().upper()
        if name not in SEVERITY_NAMES:
            raise ValueError(f"expected one of {', '.join(SEVERITY_NAMES)} or a severity number 1-24")
        number = SEVERITY_NAMES[name]
    if not 1 <= number <= 24:
        raise ValueError("a severity number lies in 1-24")
    return number


# A host name (letters, digits, '-', '_' for container names, dots between labels) or an IPv4
# address; an IPv6 address comes in brackets and is checked by ipaddress.
_LABEL = r"[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?"
_HOST = re.compile(rf"^{_LABEL}(\.{_LABEL})*\.?$")
LISTEN_FORM = "host:port, e.g. 0.0.0.0:4317, 127.0.0.1:8888 or [::]:4317 (port 0-65535, 0 picks a free one)"


def _valid_host(host: str) -> bool:
    if host.startswith("[") and host.endswith("]"):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return False
        return True
    return len(host) <= 253 and bool(_HOST.match(host))


def _host_port(value: str, form: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"no port: expected {form}")
    if int(port) > 65535:
        raise ValueError(f"port {port} is not in 0-65535: expected {form}")
    if host and not _valid_host(host):
        raise ValueError(f"{host!r} is not a host name or IP address: expected {form}")
    return host, int(port)


def parse_listen_endpoint(value: str) -> str:
    """A receiver's or the admin API's ``host:port`` (an empty host is every interface)."""
    if "://" in value:
        raise ValueError(f"a listening address has no scheme: expected {LISTEN_FORM}")
    _host_port(value.strip(), LISTEN_FORM)
    return value.strip()


def parse_url(value: str, schemes: tuple[str, ...], example: str) -> str:
    """An absolute URL with one of ``schemes``, a host and a valid port; ``unix`` needs a path."""
    value = value.strip()
    form = f"a URL like {example} (scheme {', '.join(s + '://' for s in schemes)})"
    parts = urlsplit(value)
    if parts.scheme not in schemes:
        raise ValueError(f"expected {form}")
    if parts.scheme == "unix":
        if not parts.path:
            raise ValueError(f"a unix:// URL needs a socket path: expected {form}")
        return value
    host = parts.hostname or ""
    if not host or not _valid_host(f"[{host}]" if ":" in host else host):
        raise ValueError(f"no valid host name or IP address: expected {form}")
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when asked
    except ValueError:
        raise ValueError(f"the port is not a number in 0-65535: expected {form}") from None
    return value


def mask_webhook_url(url: str) -> str:
    """A webhook URL with its path and query masked: a Slack webhook's path is its token."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}/***"


def redact_url(url: str) -> str:
    """``url`` without a password or a query (PostHog's ``?token=``): safe to print."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}:***@{host}" if ":" in user else netloc
    return urlunsplit(parts._replace(netloc=netloc, query="***" if parts.query else "", fragment=""))


class _Section(BaseModel):
    # Unknown keys are refused so that a typo is reported instead of silently ignored.
    model_config = ConfigDict(extra="forbid", validate_default=True)


def _duration_fields(*names: str):
    return field_validator(*names, mode="before")(lambda cls, v: parse_duration(v))


def _size_fields(*names: str):
    return field_validator(*names, mode="before")(lambda cls, v: parse_size(v))


def _listen_endpoint_field():
    return field_validator("endpoint")(lambda cls, v: parse_listen_endpoint(v))


# --------------------------------------------------------------------------- sections


class TLSServerConfig(_Section):
    cert_file: str | None = None
    key_file: str | None = None
    client_ca_file: str | None = None  # set to require client certificates (mTLS)

    @property
    def enabled(self) -> bool:
        return bool(self.cert_file and self.key_file)


class GrpcReceiverConfig(_Section):
    enabled: bool = True
    endpoint: str = "0.0.0.0:4317"
    max_request_size: int = 16 * 1024 * 1024
    # Concurrent calls one client connection may have open (HTTP/2 streams); more wait.
    max_concurrent_streams: int = Field(default=100, ge=1)
    tls: TLSServerConfig = TLSServerConfig()

    _sizes = _size_fields("max_request_size")
    _endpoint = _listen_endpoint_field()


class HttpReceiverConfig(_Section):
    enabled: bool = True
    endpoint: str = "0.0.0.0:4318"
    max_request_size: int = 16 * 1024 * 1024  # on the wire, compressed
    max_decompressed_size: int = 64 * 1024 * 1024  # after gzip: caps a decompression bomb
    read_timeout: float = 30.0  # a slow client gets this long to send its whole request
    tls: TLSServerConfig = TLSServerConfig()

    _sizes = _size_fields("max_request_size", "max_decompressed_size")
    _durations = _duration_fields("read_timeout")
    _endpoint = _listen_endpoint_field()


class ReceiversConfig(_Section):
    grpc: GrpcReceiverConfig = GrpcReceiverConfig()
    http: HttpReceiverConfig = HttpReceiverConfig()
    # Bearer tokens accepted from clients; empty means no authentication.
    auth_tokens: list[str] = Field(default_factory=list)
    # HTTP connections (receive/connections.py): at a cap an idle connection makes room;
    # request headers are due within header_timeout.
    # Decoding (receive/limits.py): estimated decoded bytes in flight across requests (JSON
    # 10 times, protobuf 8 times their decompressed size); one request over 3/4 of it is refused.
    decode_budget: int = Field(default=256 * 1024 * 1024, ge=1024 * 1024)
    max_attributes_per_request: int = Field(default=250_000, ge=1)
    max_attributes_per_record: int = Field(default=256, ge=1)
    max_connections: int = Field(default=1024, ge=1)
    max_connections_per_peer: int = Field(default=256, ge=1)
    header_timeout: float = Field(default=5.0, gt=0)

    _sizes = _size_fields("decode_budget")
    _durations = _duration_fields("header_timeout")
    # Records in one export request; more is refused (413 / RESOURCE_EXHAUSTED), so one
    # request cannot take the proxy's time and memory for minutes.
    max_records_per_request: int = Field(default=100_000, gt=0)


class RetryConfig(_Section):
    enabled: bool = True
    initial_interval: float = 0.5
    max_interval: float = 30.0
    max_elapsed_time: float = 300.0  # give up on one batch after this long (0 = never)
    # Retries of one batch answered HTTP 500 (0: dropped at once, as OTLP says). Load
    # balancers and PostHog answer transient 500s; losing accepted records is worse than a
    # duplicate. See docs/reliability.md § Retry rules.
    on_http_500: int = Field(default=5, ge=0)
    multiplier: float = 2.0
    jitter: float = 0.2

    _durations = _duration_fields("initial_interval", "max_interval", "max_elapsed_time")


STATE_DIR = "./.otlp-sampler"  # where the defaults keep state: the sqlite store, the spool
DEFAULT_SPOOL_DIR = f"{STATE_DIR}/spool"


class QueueConfig(_Section):
    max_records: int = 200_000  # accepted but not yet delivered; beyond it receivers push back
    max_batches: int = 2_000
    consumers: int = 4  # concurrent export requests
    # Durable queue: batches (and drop counts) survive a crash or restart. On by default, in
    # the state directory beside store.path's default; null or "" keeps the queue in memory.
    spool_dir: str | None = DEFAULT_SPOOL_DIR
    spool_max_bytes: int = 1024**3
    # Above 0, a request is written before its client is answered (a killed process keeps
    # it) and fsynced within this long (a power cut may lose that much); 0 fsyncs it before
    # the answer, at a cost docs/performance.md § The spool measures.
    spool_sync_interval: float = 1.0
    retry_after: float = 1.0  # what receivers tell clients to wait when the queue is full

    _sizes = _size_fields("spool_max_bytes")
    _durations = _duration_fields("retry_after", "spool_sync_interval")

    @field_validator("spool_dir", mode="before")
    @classmethod
    def _empty_is_off(cls, value: Any) -> Any:
        # An environment variable cannot say null: OTLP_SAMPLER_EXPORTER__QUEUE__SPOOL_DIR="".
        return None if isinstance(value, str) and not value.strip() else value


class BatchConfig(_Section):
    max_records: int = 4096
    max_bytes: int = 4 * 1024 * 1024
    timeout: float = 1.0  # how long a partial batch waits before it is sent

    _sizes = _size_fields("max_bytes")
    _durations = _duration_fields("timeout")


class TLSClientConfig(_Section):
    ca_file: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    insecure_skip_verify: bool = False


ExporterProtocol = Literal["http/protobuf", "http/json", "grpc", "debug"]


class ExporterConfig(_Section):
    protocol: ExporterProtocol | None = None  # None: debug unless an endpoint or POSTHOG_TOKEN is set
    endpoint: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    compression: Literal["gzip", "none"] = "gzip"
    timeout: float = 10.0
    tls: TLSClientConfig = TLSClientConfig()
    batch: BatchConfig = BatchConfig()
    retry: RetryConfig = RetryConfig()
    queue: QueueConfig = QueueConfig()
    shutdown_timeout: float = 30.0

    _durations = _duration_fields("timeout", "shutdown_timeout")

    @field_validator("endpoint")
    @classmethod
    def _endpoint_fits_protocol(cls, value: str | None, info: ValidationInfo) -> str | None:
        protocol = info.data.get("protocol")
        if value is None or protocol == "debug":
            return value
        if protocol == "grpc":
            if "://" in value:
                return parse_url(value, ("http", "https"), "http://otel-collector:4317 (https:// for TLS)")
            form = "http://host:port (plaintext), https://host:port or host:port (TLS), e.g. http://otel-collector:4317"
            host, _ = _host_port(value.strip().rstrip("/"), form)
            if not host:
                raise ValueError(f"no host: expected {form}")
            return value.strip()
        # http/protobuf, http/json, or unset (an endpoint alone means http/protobuf)
        return parse_url(value, ("http", "https"), "https://us.i.posthog.com/i/v1/logs")


class NoveltyConfig(_Section):
    enabled: bool = True
    keep: int = Field(default=10, ge=0)  # first N records of a never-seen pattern are kept


class BurstConfig(_Section):
    enabled: bool = True
    factor: float = Field(default=10.0, gt=1)  # current rate over baseline that counts as a burst
    min_rate: float = Field(default=5.0, ge=0)  # records/s below which nothing is a burst
    duration: float = 300.0  # how long a bursting pattern is kept in full

    _durations = _duration_fields("duration")


DEFAULT_TARGET_REDUCTION = 0.7


class DynamicConfig(_Section):
    """Volume-based sampling for patterns no policy names (see docs/policy-format.md)."""

    enabled: bool = True
    # The share of bytes each service's dynamic patterns are cut by (water-filling, see
    # sample/dynamic.py); None: policy_generator.target_reduction, resolved when the
    # config is validated (Config._inherit_target_reduction, SamplingConfig._resolved).
    target_reduction: float | None = Field(default=None, ge=0, lt=1)
    # A pattern with at most this many records per interval is kept whole.
    keep_whole_below: float = Field(default=20.0, gt=0)
    interval: float = 30.0
    ewma_alpha: float = Field(default=0.5, gt=0, le=1)

    _durations = _duration_fields("interval")


class SummariesConfig(_Section):
    enabled: bool = True
    interval: float = 60.0

    _durations = _duration_fields("interval")


class ExemptionConfig(_Section):
    """Keep every record whose attribute (or resource attribute) matches."""

    attribute: str
    equals: str | None = None  # None: the attribute merely has to be present
    resource: bool = False


class DropRuleConfig(_Section):
    """A manual drop: records of ``service`` (any if None) whose template or body matches ``match``."""

    service: str | None = None
    match: str  # a regular expression searched in the template
    rate: float = Field(default=0.0, ge=0, le=1)


class TierWeights(_Section):
    """Per importance tier: how much of the byte budget a pattern of that tier may keep,
    relative to a routine one (docs/policy-format.md § The heuristic)."""

    critical: float = Field(default=4.0, gt=0)
    important: float = Field(default=2.0, gt=0)
    routine: float = Field(default=1.0, gt=0)
    noise: float = Field(default=0.25, gt=0)


class TierFloors(_Section):
    """Per importance tier: the least rate a pattern of that tier is sampled at (0: only
    ``sampling.min_rate``)."""

    critical: float = Field(default=0.05, ge=0, le=1)
    important: float = Field(default=0.01, ge=0, le=1)
    routine: float = Field(default=0.0, ge=0, le=1)
    noise: float = Field(default=0.0, ge=0, le=1)


class ImportanceRuleConfig(_Section):
    """A user rule: templates with one of ``words`` (whole words, any case) or matching
    ``regex`` are of ``tier``; ``service`` limits it to one service."""

    tier: Literal["critical", "important", "routine", "noise"]
    words: list[str] | None = None
    regex: str | None = None
    service: str | None = None

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from None
        return value

    @model_validator(mode="after")
    def _one_matcher(self) -> ImportanceRuleConfig:
        if (self.words is None) == (self.regex is None):
            raise ValueError("give either words (a list) or regex, not both and not neither")
        if self.words is not None and not [w for w in self.words if w.strip()]:
            raise ValueError("words must list at least one non-empty word")
        if self.words is not None:
            self.words = [w for w in self.words if w.strip()]
        return self


class ImportanceConfig(_Section):
    """Importance tiers from what templates say (docs/patterns.md § Importance tiers)."""

    enabled: bool = True
    weights: TierWeights = TierWeights()
    floors: TierFloors = TierFloors()
    rules: list[ImportanceRuleConfig] = Field(default_factory=list)


class SamplingConfig(_Section):
    enabled: bool = True  # False: pass-through (decode, re-encode, forward)
    keep_severity: int = 13  # WARN
    # Records with no severity get the level their body states (docs/patterns.md § Severity from the body).
    detect_severity: bool = True
    http_5xx_as_error: bool = True  # a pattern whose template holds a 5xx status class counts as ERROR
    importance: ImportanceConfig = ImportanceConfig()
    min_rate: float = Field(default=0.001, gt=0, le=1)
    default_rate: float | None = Field(default=None, gt=0, le=1)
    policy_file: str | None = None
    policy_reload_interval: float = 2.0
    annotate: bool = True  # write log.record.template / pattern_id / sampling.* on kept records
    max_patterns_per_service: int = 5000
    exemptions: list[ExemptionConfig] = Field(default_factory=list)
    drop: list[DropRuleConfig] = Field(default_factory=list)
    novelty: NoveltyConfig = NoveltyConfig()
    burst: BurstConfig = BurstConfig()
    dynamic: DynamicConfig = DynamicConfig()
    summaries: SummariesConfig = SummariesConfig()
    seed: int | None = None  # fixes the random draw for reproducible tests
    # Bearer tokens of upstream samplers (SDKs, docs/sdk.md): their records' decisions, drop
    # reports and summary records are believed; from anyone else they are not.
    trusted_upstreams: list[str] = Field(default_factory=list)

    _durations = _duration_fields("policy_reload_interval")

    @model_validator(mode="after")
    def _resolved(self) -> SamplingConfig:
        # A sampling section on its own (no policy generator to inherit from) takes the
        # generator's default; inside a Config the inherited value arrives already set.
        if self.dynamic.target_reduction is None:
            self.dynamic = self.dynamic.model_copy(update={"target_reduction": DEFAULT_TARGET_REDUCTION})
        return self

    @model_validator(mode="after")
    def _default_rate_within_bounds(self) -> SamplingConfig:
        if self.default_rate is not None and self.default_rate < self.min_rate:
            raise ValueError(f"sampling.default_rate {self.default_rate:g} is below sampling.min_rate "
                             f"{self.min_rate:g}: every rate lies in [min_rate, 1]")
        return self

    @field_validator("keep_severity", mode="before")
    @classmethod
    def _severity(cls, value: Any) -> int:
        number = parse_severity(value)
        if number > SEVERITY_NAMES["ERROR"]:
            raise ValueError("keep_severity can be at most ERROR (17): errors are always kept")
        return number


class AnalysisConfig(_Section):
    enabled: bool = True
    interval: float = 60.0
    reservoir_per_pattern: int = Field(default=20, ge=1)
    reservoir_total: int = Field(default=5000, ge=1)
    baseline_alpha: float = Field(default=0.3, gt=0, le=1)
    error_share_jump: float = Field(default=3.0, gt=1)

    _durations = _duration_fields("interval")


class AccountingConfig(_Section):
    enabled: bool = True
    interval: float = Field(default=10.0, gt=0)  # how often the hot path's counts go to the store
    retention: float = Field(default=86400.0, gt=0)  # how long one-minute points are kept
    patterns_per_minute: int = Field(default=200, ge=0)  # heaviest patterns with a point of their own

    _durations = _duration_fields("interval", "retention")


class LLMConfig(_Section):
    base_url: str | None = None  # None: the openai client's default (api.openai.com)
    model: str = "gpt-4o-mini"
    api_key: str | None = None
    timeout: float = 60.0
    max_retries: int = Field(default=2, ge=0)
    max_patterns: int = Field(default=60, ge=1)  # top patterns by volume sent to the model
    # Where the negotiation of response_format starts; refused modes step down the ladder
    # json_schema -> json_object_schema -> json_object -> text (docs/policy-format.md).
    structured_output: Literal["json_schema", "json_object_schema", "json_object", "text"] = "json_schema"
    output_modes_file: str | None = None  # None: next to the sqlite store, or memory only
    max_output_tokens: int | None = Field(default=4096, ge=1)  # None: no max_tokens is sent
    redact: bool = True
    temperature: float = 0.0
    # Every call to the model (policy, tiers, alerts) counts; over it, no request. None: no limit.
    max_tokens_per_hour: int | None = Field(default=200_000, ge=1)
    price_per_1k_prompt_tokens: float = Field(default=0.0, ge=0)  # for llm_cost_total
    price_per_1k_completion_tokens: float = Field(default=0.0, ge=0)
    # What the model is asked: "tiers" (classify each new pattern once; the heuristic's
    # water-filling turns tiers into rates) or "rates" (the whole policy every cycle).
    task: Literal["tiers", "rates"] = "tiers"
    batch_size: int = Field(default=16, ge=1, le=200)  # new patterns per tier question

    _durations = _duration_fields("timeout")

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        return None if value is None else parse_url(value, ("http", "https"), "http://localhost:11434/v1")


class PolicyGeneratorConfig(_Section):
    kind: Literal["heuristic", "llm"] = "heuristic"
    target_reduction: float = Field(default=DEFAULT_TARGET_REDUCTION, ge=0, lt=1)
    max_step: float = Field(default=4.0, ge=1)  # a rate falls at most this many times per version
    llm: LLMConfig = LLMConfig()


class StoreConfig(_Section):
    kind: Literal["sqlite", "redis", "memory"] = "sqlite"
    path: str = f"{STATE_DIR}/state.db"
    url: str = "redis://127.0.0.1:6379/0"
    key_prefix: str = "otlp-sampler:"

    @field_validator("url")
    @classmethod
    def _redis_url(cls, value: str) -> str:
        return parse_url(value, ("redis", "rediss", "unix"), "redis://127.0.0.1:6379/0")


class AdminConfig(_Section):
    enabled: bool = True
    endpoint: str = "127.0.0.1:8888"
    token: str | None = None  # when set, policy writes need "Authorization: Bearer <token>"
    # Host names the API answers to besides IP literals, localhost and the endpoint's host
    # (DNS rebinding, admin/guard.py): the name a proxy or ingress forwards; "*" for any.
    allowed_hosts: list[str] = Field(default_factory=list)
    price_per_gb: float = Field(default=0.5, ge=0)  # for cost per month in savings and estimates

    _endpoint = _listen_endpoint_field()


AlertKind = Literal["new_pattern", "error_share", "burst"]  # analyze.anomalies.AnomalyKind's values


class WebhookConfig(_Section):
    """One receiver of alerts: a generic JSON POST, or a Slack incoming webhook (``{"text": ...}``)."""

    url: str  # a secret for Slack (the token is in the path): never logged, shown by name only
    format: Literal["json", "slack"] = "json"
    headers: dict[str, str] = Field(default_factory=dict)
    name: str | None = None  # how logs, metrics and the alert history call it; None: the URL's host
    timeout: float = 10.0  # one request, connect to answer

    _durations = _duration_fields("timeout")

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        return parse_url(value, ("http", "https"), "https://hooks.slack.com/services/...")


class AlertExplainConfig(_Section):
    """The model's short explanation of an alert (docs/operations.md § Alerts)."""

    enabled: bool | None = None  # None: when policy_generator.kind is llm
    deadline: float = 10.0  # webhooks wait this long for the explanation, then go without it
    timeout: float = 30.0  # the model call's limit; an answer after the deadline still reaches the history
    max_tokens: int = Field(default=400, ge=16)

    _durations = _duration_fields("deadline", "timeout")


class AlertsConfig(_Section):
    """Alerts on the side loop's anomalies: history in the store, webhooks, explanations."""

    enabled: bool = True
    kinds: list[AlertKind] = Field(default_factory=lambda: ["new_pattern", "error_share", "burst"])
    min_severity: int = 17  # a new pattern alerts when a record of it is at or above this (ERROR)
    cooldown: float = 3600.0  # per (service, pattern, kind), shared by replicas through the store
    max_per_cycle: int = Field(default=20, ge=1)
    history: int = Field(default=1000, ge=1)  # alerts kept in the store, newest first
    examples: int = Field(default=3, ge=0, le=20)
    webhooks: list[WebhookConfig] = Field(default_factory=list)
    queue_size: int = Field(default=100, ge=1)  # deliveries waiting per webhook; beyond it they are dropped
    retry: RetryConfig = RetryConfig()
    explain: AlertExplainConfig = AlertExplainConfig()

    _durations = _duration_fields("cooldown")

    @field_validator("min_severity", mode="before")
    @classmethod
    def _severity(cls, value: Any) -> int:
        return parse_severity(value)

    @model_validator(mode="after")
    def _named_webhooks(self) -> AlertsConfig:
        # Every webhook gets a distinct name once, here: the URL's host, then host#2, host#3.
        taken: set[str] = set()
        named = []
        for hook in self.webhooks:
            name = hook.name or urlsplit(hook.url).hostname or "webhook"
            if hook.name is not None and name in taken:
                raise ValueError(f"alerts.webhooks: the name {name!r} is given twice")
            base, n = name, 1
            while name in taken:
                n += 1
                name = f"{base}#{n}"
            taken.add(name)
            named.append(hook if hook.name == name else hook.model_copy(update={"name": name}))
        self.webhooks = named
        return self


class TenantsConfig(_Section):
    """Whose credential goes upstream (docs/posthog.md § Many projects through one proxy)."""

    # single: every record goes upstream under exporter.headers (one project). passthrough:
    # each request's own credential (HTTP Authorization: Bearer / ?token=, gRPC metadata
    # authorization) goes upstream with its records, and each tenant samples on its own.
    mode: Literal["single", "passthrough"] = "single"
    # Tokens allowed through, or their SHA-256 (64 hex digits); empty: any credential.
    allow: list[str] = Field(default_factory=list)
    max: int = Field(default=100, ge=1)  # tenants held in memory; a new one beyond it is refused

    @field_validator("allow")
    @classmethod
    def _no_empty_token(cls, value: list[str]) -> list[str]:
        if any(not token.strip() for token in value):
            raise ValueError("an empty token cannot be allowed")
        return [token.strip() for token in value]


class LoggingConfig(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["text", "json"] = "text"


class Config(BaseSettings):
    """The whole configuration. Build it with :func:`load_config`."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    receivers: ReceiversConfig = ReceiversConfig()
    exporter: ExporterConfig = ExporterConfig()
    sampling: SamplingConfig = SamplingConfig()
    analysis: AnalysisConfig = AnalysisConfig()
    accounting: AccountingConfig = AccountingConfig()
    policy_generator: PolicyGeneratorConfig = PolicyGeneratorConfig()
    store: StoreConfig = StoreConfig()
    admin: AdminConfig = AdminConfig()
    alerts: AlertsConfig = AlertsConfig()
    tenants: TenantsConfig = TenantsConfig()
    logging: LoggingConfig = LoggingConfig()

    @model_validator(mode="before")
    @classmethod
    def _inherit_target_reduction(cls, data: Any) -> Any:
        """sampling.dynamic.target_reduction, when not set, is policy_generator.target_reduction."""
        if not isinstance(data, dict):
            return data
        generator = data.get("policy_generator")
        if isinstance(generator, BaseModel):
            inherited = generator.target_reduction
        elif isinstance(generator, dict):
            inherited = generator.get("target_reduction")
        else:
            inherited = None
        sampling = data.get("sampling", {})
        dynamic = sampling.get("dynamic", {}) if isinstance(sampling, dict) else None
        if isinstance(dynamic, BaseModel):
            dynamic = dynamic.model_dump()
        # A section already built (a SamplingConfig instance) was resolved on its own.
        if inherited is None or not isinstance(dynamic, dict) or dynamic.get("target_reduction") is not None:
            return data
        try:
            if not 0 <= float(inherited) < 1:
                return data  # policy_generator.target_reduction's own error says so, once
        except (TypeError, ValueError):
            return data
        dynamic = {**dynamic, "target_reduction": inherited}
        return {**data, "sampling": {**sampling, "dynamic": dynamic}}

    @model_validator(mode="after")
    def _exporter_needs_endpoint(self) -> Config:
        protocol = self.exporter.protocol
        if protocol not in (None, "debug") and not self.exporter.endpoint:
            raise ValueError(f"exporter.endpoint is required when exporter.protocol is {protocol}")
        return self

    @model_validator(mode="after")
    def _passthrough_owns_the_credential(self) -> Config:
        # In passthrough the Authorization a client sends is its upstream credential: it
        # cannot also be one of the proxy's own tokens.
        if self.tenants.mode == "passthrough":
            for key, tokens in (("receivers.auth_tokens", self.receivers.auth_tokens),
                                ("sampling.trusted_upstreams", self.sampling.trusted_upstreams)):
                if tokens:
                    raise ValueError(f"{key} cannot be set with tenants.mode passthrough: the client's "
                                     "credential is its upstream token (use tenants.allow to limit who "
                                     "may send)")
        return self

    @model_validator(mode="after")
    def _explain_alerts_with_the_llm(self) -> Config:
        """alerts.explain.enabled, when not set, follows policy_generator.kind: on with the LLM."""
        explain = self.alerts.explain
        if explain.enabled is None:
            explain = explain.model_copy(update={"enabled": self.policy_generator.kind == "llm"})
            self.alerts = self.alerts.model_copy(update={"explain": explain})
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment over file: the file's values arrive as init arguments.
        return (env_settings, init_settings)

    def resolved_exporter(self, environ: dict[str, str] | None = None) -> ExporterConfig:
        """The exporter with zero-config defaults filled in (PostHog when POSTHOG_TOKEN is set)."""
        environ = os.environ if environ is None else environ
        exporter = self.exporter
        if exporter.protocol is not None:
            return exporter
        if exporter.endpoint:
            return exporter.model_copy(update={"protocol": "http/protobuf"})
        token = environ.get("POSTHOG_TOKEN")
        if token:
            host = environ.get("POSTHOG_HOST", "https://us.i.posthog.com").rstrip("/")
            headers = {"Authorization": f"Bearer {token}", **exporter.headers}
            return exporter.model_copy(
                update={"protocol": "http/protobuf", "endpoint": f"{host}/i/v1/logs", "headers": headers}
            )
        return exporter.model_copy(update={"protocol": "debug"})


# --------------------------------------------------------------------------- loading

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
# A variable or key that holds a credential (POSTHOG_TOKEN, exporter.headers.Authorization, ...).
_SECRET = re.compile(r"token|secret|passw|api_?key|auth|credential|headers", re.IGNORECASE)


def expand_env(value: Any, environ: dict[str, str] | None = None, path: str = "") -> Any:
    """Replace ``${VAR}`` and ``${VAR:-default}`` in every string of a parsed YAML tree."""
    environ = os.environ if environ is None else environ
    if isinstance(value, dict):
        return {k: expand_env(v, environ, f"{path}.{k}" if path else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [expand_env(v, environ, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, str):

        def substitute(match: re.Match[str]) -> str:
            name, default = match.group(1), match.group(2)
            if name in environ:
                return environ[name]
            if default is not None:
                return default
            if _SECRET.search(name) or _SECRET.search(path):
                # A default for a credential would ship a made-up one: only say to set it.
                raise ConfigError(f"{path}: environment variable {name} is not set "
                                  "(export it before starting)")
            raise ConfigError(f"{path}: environment variable {name} is not set "
                              f"(export it, or give a default: ${{{name}:-value}})")

        return _VAR.sub(substitute, value)
    return value


def _format_validation_error(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        key = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            lines.append(f"{key}: unknown key")
            continue
        value = item.get("input")
        if isinstance(value, str) and "://" in value:
            # A password or a ?token= stays out of the message, and a webhook's path too.
            value = mask_webhook_url(value) if key.startswith("alerts.webhooks") else redact_url(value)
        shown = repr(value) if not isinstance(value, dict) else "{...}"
        if len(shown) > 80:
            shown = shown[:77] + "..."
        lines.append(f"{key}: {message} (got {shown})")
    return "invalid configuration:\n  " + "\n  ".join(lines)


def _env_field(path: list[str]) -> Any:
    """The annotation of the config key ``path`` (lower-case parts), or None if there is none."""
    model: Any = Config
    annotation = None
    for part in path:
        fields = getattr(model, "model_fields", None)
        if not fields or part not in fields:
            return None
        annotation = fields[part].annotation
        model = annotation
    return annotation


def _is_structured(annotation: Any) -> bool:
    """A list, a mapping or a section: pydantic-settings reads these from JSON in a variable."""
    for kind in (annotation, *typing.get_args(annotation)):
        origin = typing.get_origin(kind) or kind
        if origin in (list, dict) or (isinstance(origin, type) and issubclass(origin, BaseModel)):
            return True
    return False


def _environment_problems(environ: typing.Mapping[str, str]) -> list[str]:
    """Variables holding a list, mapping or section that is not JSON, named with their key."""
    problems = []
    for name, value in sorted(environ.items()):
        if not name.upper().startswith(ENV_PREFIX):
            continue
        path = name[len(ENV_PREFIX):].lower().split("__")
        if not _is_structured(_env_field(path)):
            continue
        try:
            json.loads(value)
        except ValueError:
            # The value is not shown: it may well be a token.
            problems.append(f"{'.'.join(path)} (from {name}): expected JSON, such as "
                            f"'[\"a\", \"b\"]' for a list or '{{\"key\": \"value\"}}' for a mapping")
    return problems


def load_config(path: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> Config:
    """Load and validate the configuration; raises :class:`ConfigError` with a readable message."""
    data: dict[str, Any] = {}
    # Every message names the file once (callers print it as it is).
    where = f"{path}: " if path is not None else ""
    if path is not None:
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read config file {file}: {exc.strerror or exc}") from None
        try:
            parsed = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            at = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
            raise ConfigError(f"{file}: not valid YAML{at}: {getattr(exc, 'problem', exc)}") from None
        if parsed is None:
            parsed = {}
        if not isinstance(parsed, dict):
            raise ConfigError(
                f"{file}: the top level must be a mapping of sections, got {type(parsed).__name__}"
            )
        try:
            data = expand_env(parsed, environ)
        except ConfigError as exc:
            raise ConfigError(f"{where}{exc}") from None
    try:
        if environ is None:
            return Config(**data)
        # Tests pass their own environment: pydantic-settings reads os.environ, so swap it in.
        saved = dict(os.environ)
        try:
            os.environ.clear()
            os.environ.update(environ)
            return Config(**data)
        finally:
            os.environ.clear()
            os.environ.update(saved)
    except ValidationError as exc:
        raise ConfigError(where + _format_validation_error(exc)) from None
    except SettingsError as exc:  # a variable pydantic-settings could not parse (JSON expected)
        problems = _environment_problems(os.environ if environ is None else environ)
        lines = problems or [str(exc)]
        raise ConfigError(where + "invalid configuration:\n  " + "\n  ".join(lines)) from None
