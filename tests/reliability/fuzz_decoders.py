"""Fuzzing for minutes: the OTLP decoders, and the gRPC and HTTP paths of a running proxy.

Targets (hypothesis, random for as long as asked, no example database):

* ``protobuf`` / ``json`` / ``json-shaped`` / ``compressed`` — the codec directly, with the
  oracle of tests/otlp/test_fuzz.py (a request or a typed 400/413/415 refusal; accepted
  requests re-encode both ways; the fast JSON path agrees with json_format);
* ``grpc`` — mutated ``ExportLogsServiceRequest`` bytes over a raw gRPC channel to a
  running proxy with sampling on (so the sampler sees every odd record that decodes): the
  answer is OK, INVALID_ARGUMENT or RESOURCE_EXHAUSTED, never INTERNAL/UNKNOWN;
* ``http`` — mutated protobuf and JSON bodies over OTLP/HTTP: 200/400/413/415, never 500.

After the proxy targets, its ``requests_total{outcome="error"}`` must be 0, a good request
must still be accepted, and everything accepted must have reached the sink (no export
rejected or failed). A crash is printed with hypothesis' falsifying example and counted.

Usage::

    python -m tests.reliability.fuzz_decoders --seconds 180            # every target
    python -m tests.reliability.fuzz_decoders --seconds 60 --target grpc

``fuzz_proxy(examples)`` runs the proxy targets for a fixed number of inputs (used in tests).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator

import grpc
import requests
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.otlp import codec
from tests.e2e.harness import running_proxy
from tests.otlp.test_fuzz import VALID, VALID_JSON, decodes_or_refuses, mutated, otlp_shaped_json
from tests.otlp.test_fuzz import requests as otlp_requests
from tests.peers.sinks import HttpSink
from tests.reliability.clients import EXPORT_METHOD

GRPC_ALLOWED = frozenset({grpc.StatusCode.OK, grpc.StatusCode.INVALID_ARGUMENT,
                          grpc.StatusCode.RESOURCE_EXHAUSTED})
HTTP_ALLOWED = frozenset({200, 400, 413, 415})


def rich_seed() -> bytes:
    """A request using every AnyValue kind, ids, flags and several services."""
    from google.protobuf import json_format

    return json_format.ParseDict({"resourceLogs": [
        {"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "checkout"}}]},
         "scopeLogs": [{"scope": {"name": "s", "version": "1"}, "logRecords": [
             {"timeUnixNano": "1700000000000000000", "severityNumber": 17, "severityText": "ERROR",
              "body": {"stringValue": "payment 4711 failed for user=42 after 3 retries"},
              "traceId": "W/8YHNLh2b2QnM9Y4jKzsA==", "spanId": "AQIDBAUGBwg=", "flags": 1,
              "attributes": [
                  {"key": "a", "value": {"arrayValue": {"values": [{"intValue": "1"},
                                                                   {"doubleValue": 2.5}]}}},
                  {"key": "k", "value": {"kvlistValue": {"values": [{"key": "x",
                                                                     "value": {"boolValue": True}}]}}},
                  {"key": "b", "value": {"bytesValue": "AAEC"}}]},
             {"severityNumber": 9, "body": {"kvlistValue": {"values": [
                 {"key": "msg", "value": {"stringValue": "GET /api/users/17 200 12ms"}}]}}}]}]},
        {"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "api"}}]},
         "scopeLogs": [{"logRecords": [{"severityNumber": 5, "body": {"stringValue": "cache miss k=9"}}]}]},
    ]}, ExportLogsServiceRequest()).SerializeToString()


RICH = rich_seed()
wire_messages = (mutated(VALID) | mutated(RICH)
                 | otlp_requests().flatmap(lambda r: mutated(r.SerializeToString()))
                 | st.binary(max_size=256))
RICH_JSON = codec.encode_request_json(ExportLogsServiceRequest.FromString(RICH))
json_bodies = mutated(VALID_JSON) | mutated(RICH_JSON) | otlp_shaped_json()
http_bodies = st.tuples(st.just(codec.PROTOBUF), wire_messages) | st.tuples(st.just(codec.JSON), json_bodies)


# --------------------------------------------------------------------------- the runner


class Campaign:
    """Runs one check over one strategy until a deadline (or a number of inputs), counting."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.stats: Counter[str] = Counter()
        self.crashes: list[str] = []

    def run(self, strategy, check: Callable[[object], str], *, seconds: float | None = None,
            examples: int | None = None) -> Campaign:
        started = time.monotonic()
        deadline = started + seconds if seconds is not None else float("inf")
        chunk = min(examples or 500, 500)

        @settings(max_examples=chunk, database=None, deadline=None, derandomize=examples is not None,
                  phases=[Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck))
        @given(strategy)
        def once(data) -> None:
            self.stats["inputs"] += 1
            self.stats[check(data)] += 1

        while time.monotonic() < deadline and (examples is None or self.stats["inputs"] < examples):
            try:
                once()
            except Exception:
                self.crashes.append(traceback.format_exc(limit=6))
                print(f"[{self.name}] CRASH:\n{self.crashes[-1]}", file=sys.stderr, flush=True)
                if len(self.crashes) >= 5:
                    break
        self.stats["seconds"] = round(time.monotonic() - started)
        return self

    def summary(self) -> str:
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(self.stats.items())
                             if k not in ("inputs", "seconds"))
        return (f"| {self.name} | {self.stats['inputs']} | {self.stats['seconds']} | {outcomes} "
                f"| {len(self.crashes)} |")


def codec_check(media: str) -> Callable[[bytes], str]:
    def check(data: bytes) -> str:
        try:
            codec.decode_request(data, media)
        except codec.CodecError as error:
            outcome = f"refused {error.status}"
        else:
            outcome = "decoded"
        decodes_or_refuses(data, media)  # the full oracle (re-encoding, fast path agreement)
        return outcome

    return check


def compressed_check(pair: tuple[str, bytes]) -> str:
    encoding, data = pair
    try:
        body = codec.decompress(data, encoding, 64 * 1024)
    except codec.CodecError as error:
        assert error.status in (400, 413), error
        return f"refused {error.status}"
    decodes_or_refuses(body, codec.PROTOBUF)
    return "inflated"


# --------------------------------------------------------------------------- a running proxy


@contextlib.contextmanager
def proxy_in_thread() -> Iterator[dict]:
    """The real proxy (sampling on) and a sink, on an event loop of their own; yields the ports
    and a ``errors()`` reader of the proxy's requests_total{outcome="error"}."""
    started = threading.Event()
    stop: list[asyncio.Event] = []
    info: dict = {}

    async def main() -> None:
        sink = HttpSink(keep_requests=False)
        await sink.start()
        overrides = {"exporter": {"protocol": "http/protobuf", "endpoint": sink.logs_url},
                     "receivers": {"grpc": {"max_request_size": 1024 * 1024}}}
        async with running_proxy(overrides) as app:
            registry = app.metrics.registry

            def count(name: str, labels: list[dict]) -> float:
                return sum(registry.get_sample_value(name, label) or 0 for label in labels)

            info.update(grpc=app.ports["grpc"], http=app.ports["http"], sink=sink, queue=app.queue,
                        errors=lambda: count("otlp_sampler_requests_total", [
                            {"receiver": r, "outcome": "error"} for r in ("grpc", "http")]),
                        export_failures=lambda: count("otlp_sampler_export_records_total", [
                            {"outcome": o} for o in ("rejected", "failed", "dropped")]))
            stop.append(asyncio.Event())
            started.set()
            await stop[0].wait()
        await sink.stop()

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    if not started.wait(30):
        raise RuntimeError("the proxy did not start")
    try:
        yield info
    finally:
        loop.call_soon_threadsafe(stop[0].set)
        thread.join(30)
        loop.close()


def grpc_check(port: int) -> tuple[Callable[[bytes], str], Callable[[], None]]:
    channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    export = channel.unary_unary(EXPORT_METHOD)

    def check(data: bytes) -> str:
        try:
            export(data, timeout=10)
        except grpc.RpcError as error:
            code = error.code()
            assert code in GRPC_ALLOWED, f"{code}: {error.details()}"
            return code.name
        return "OK"

    return check, channel.close


def http_check(port: int) -> tuple[Callable[[tuple[str, bytes]], str], Callable[[], None]]:
    session = requests.Session()
    url = f"http://127.0.0.1:{port}/v1/logs"

    def check(pair: tuple[str, bytes]) -> str:
        media, body = pair
        response = session.post(url, data=body, headers={"Content-Type": media}, timeout=10)
        assert response.status_code in HTTP_ALLOWED, (response.status_code, response.content[:300])
        return f"{media.rsplit('/', 1)[-1]} {response.status_code}"

    return check, session.close


def proxy_still_serves(info: dict) -> None:
    check, close = grpc_check(info["grpc"])
    try:
        assert check(VALID) == "OK"
    finally:
        close()
    assert info["errors"]() == 0, "the proxy counted internal errors"
    # What it accepted, it could forward: the sink parsed every batch.
    deadline = time.monotonic() + 30
    while info["queue"].depth_records and time.monotonic() < deadline:
        time.sleep(0.05)
    assert info["queue"].depth_records == 0 and info["export_failures"]() == 0


def fuzz_proxy(*, examples: int | None = None, seconds: float | None = None,
               targets: tuple[str, ...] = ("grpc", "http")) -> list[Campaign]:
    """Fuzz the gRPC and HTTP paths of one running proxy; checks it still serves afterwards."""
    campaigns = []
    with proxy_in_thread() as info:
        for target in targets:
            check, close = grpc_check(info["grpc"]) if target == "grpc" else http_check(info["http"])
            strategy = wire_messages if target == "grpc" else http_bodies
            try:
                campaigns.append(Campaign(f"{target} path (running proxy)").run(
                    strategy, check, seconds=seconds, examples=examples))
            finally:
                close()
        proxy_still_serves(info)
    return campaigns


CODEC_TARGETS = {
    "protobuf": ("protobuf decoder", mutated(VALID) | mutated(RICH) | st.binary(max_size=512),
                 codec_check(codec.PROTOBUF)),
    "json": ("JSON decoder (mutated)", json_bodies, codec_check(codec.JSON)),
    "json-shaped": ("JSON decoder (OTLP-shaped)", otlp_shaped_json(), codec_check(codec.JSON)),
    "compressed": ("gzip/deflate + protobuf",
                   st.tuples(st.sampled_from(["gzip", "deflate"]), mutated(codec.gzip_compress(RICH))),
                   compressed_check),
}
TARGETS = [*CODEC_TARGETS, "grpc", "http"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=180, help="total, shared by the targets")
    parser.add_argument("--target", action="append", choices=TARGETS, help="repeatable; default all")
    args = parser.parse_args(argv)
    targets = args.target or TARGETS
    each = args.seconds / len(targets)
    campaigns = []
    for target in targets:
        if target in CODEC_TARGETS:
            name, strategy, check = CODEC_TARGETS[target]
            campaigns.append(Campaign(name).run(strategy, check, seconds=each))
            print(campaigns[-1].summary(), file=sys.stderr, flush=True)
    proxy_targets = tuple(t for t in targets if t not in CODEC_TARGETS)
    if proxy_targets:
        campaigns += fuzz_proxy(seconds=each, targets=proxy_targets)
    print("| target | inputs | seconds | outcomes | crashes |\n| --- | ---: | ---: | --- | ---: |")
    for campaign in campaigns:
        print(campaign.summary())
    return 1 if any(c.crashes for c in campaigns) else 0


if __name__ == "__main__":
    raise SystemExit(main())
