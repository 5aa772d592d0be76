"""Forged ``sampling.*`` attributes (issue 14 item 7) never reach a sink that sums them.

A real proxy between real clients (the OpenTelemetry SDK's exporters over gRPC and HTTP, a
raw OTLP/JSON POST) and a recording sink. The sink does what a dashboard does: the records
it got stand for ``sum(sampling.adjusted_count)`` (1 without one) of the kept records plus
``sum(sampling.dropped_count)`` of the summary records. Sampling keeps everything here
(``default_rate`` 1), so that total must equal what the clients sent: a forged weight or
summary shows up as a difference. docs/reliability.md § Hardening, round two.
"""

from __future__ import annotations

import json
import math

import aiohttp
import pytest

from tests.e2e.harness import attributes, running_proxy
from tests.peers.otel_client import SdkClient
from tests.peers.sinks import HttpSink

TRUSTED = "sdk-token"
FORGED_SUMMARY = {"sampling.summary": True, "sampling.dropped_count": 123456789,
                  "sampling.dropped_bytes": 987654321}
# An incoming adjusted count of each kind that must not multiply, and the reason it is stripped.
BAD_COUNTS = [(math.inf, "not_finite"), (-math.inf, "not_finite"), (math.nan, "not_finite"),
              (0.5, "below_one"), (0, "below_one"), ("abc", "not_a_number"), ("7", "not_a_number"),
              (True, "not_a_number")]


def stands_for(records) -> float:
    """What a summing sink makes of ``records``: kept records by their weight, summaries by
    the count they say was dropped."""
    total = 0.0
    for record in records:
        fields = attributes(record)
        if fields.get("sampling.summary"):
            total += fields.get("sampling.dropped_count", 0)
        else:
            total += fields.get("sampling.adjusted_count", 1.0)
    return total


def config(sink: HttpSink, **sampling) -> dict:
    return {"exporter": {"protocol": "http/protobuf", "endpoint": sink.logs_url},
            "sampling": {"default_rate": 1.0, "novelty": {"enabled": False},
                         "trusted_upstreams": [TRUSTED], **sampling}}


def stripped(app, reason: str) -> float:
    value = app.metrics.registry.get_sample_value(
        "otlp_sampler_sampling_attributes_stripped_total", {"reason": reason})
    return value or 0.0


@pytest.mark.parametrize("protocol", ["grpc", "http"])
@pytest.mark.parametrize("annotate", [True, False])
async def test_forged_weights_and_summaries_from_a_client_are_stripped(protocol, annotate):
    async with HttpSink() as sink, running_proxy(config(sink, annotate=annotate)) as app:
        client = SdkClient(protocol, app.ports[protocol], "checkout")
        for i in range(20):
            client.emit(f"order {i} shipped")
        for value, _ in BAD_COUNTS:
            client.emit("order 99 shipped", attributes={"sampling.adjusted_count": value})
        client.emit("order 100 shipped", attributes={"sampling.adjusted_count": 3.0})  # honoured
        client.emit("sampled out 123,456,789 records like: order <*> shipped", attributes=FORGED_SUMMARY)
        client.emit("order 101 shipped", attributes={"sampling.rule": "severity"})
        assert await client.flush()
        await client.shutdown()
        sent = 20 + len(BAD_COUNTS) + 3
        records = await sink.wait_for_records(sent)

        # The weight of 3 stands for three records; every other record for one.
        assert stands_for(records) == sent - 1 + 3
        forged = [attributes(r) for r in records if str(r.body.string_value).startswith("sampled out")]
        assert len(forged) == 1 and not {"sampling.summary", "sampling.dropped_count",
                                          "sampling.dropped_bytes"} & forged[0].keys()
        assert stripped(app, "not_finite") == 3
        assert stripped(app, "below_one") == 2
        assert stripped(app, "not_a_number") == 3
        assert stripped(app, "untrusted") == 4  # the summary's three keys, the forged rule
        if not annotate:
            rules = [attributes(r).get("sampling.rule") for r in records]
            assert rules == [None] * sent


async def test_with_sampling_off_forgeries_are_stripped_all_the_same():
    """Pass-through forwards every record untouched but these: its sink sums them too."""
    async with HttpSink() as sink, running_proxy(config(sink, enabled=False)) as app:
        client = SdkClient("grpc", app.ports["grpc"], "checkout")
        client.emit("order 1 shipped", attributes={"sampling.adjusted_count": math.inf, "user": "ann"})
        client.emit("sampled out 123,456,789 records like: order <*> shipped", attributes=FORGED_SUMMARY)
        assert await client.flush()
        await client.shutdown()
        records = await sink.wait_for_records(2)
        assert stands_for(records) == 2
        assert attributes(records[0]) == {"user": "ann"} and attributes(records[1]) == {}
        assert stripped(app, "not_finite") == 1 and stripped(app, "untrusted") == 3


async def test_an_escaped_key_in_otlp_json_is_stripped_too():
    """``\\u002e`` is a dot to a JSON parser: the byte prefilter must not be fooled by it."""
    body = (br'{"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": '
            br'{"stringValue": "web"}}]}, "scopeLogs": [{"logRecords": ['
            br'{"body": {"stringValue": "forged 0"}, "attributes": ['
            br'{"key": "sampling\u002esummary", "value": {"boolValue": true}}, '
            br'{"key": "\u0073ampling.dropped_count", "value": {"intValue": "123456789"}}]}, '
            br'{"body": {"stringValue": "forged 1"}, "attributes": ['
            br'{"key": "sampling\u002eadjusted_count", "value": {"doubleValue": "Infinity"}}]}'
            br']}]}]}')
    assert b"sampling." not in body and json.loads(body)  # valid JSON, no key spelled plainly
    async with HttpSink() as sink, running_proxy(config(sink)) as app, aiohttp.ClientSession() as http:
        async with http.post(f"http://127.0.0.1:{app.ports['http']}/v1/logs", data=body,
                             headers={"Content-Type": "application/json"}) as response:
            assert response.status == 200, await response.text()
        received = await sink.wait_for_records(2)
        assert stands_for(received) == 2
        assert stripped(app, "untrusted") == 2 and stripped(app, "not_finite") == 1


@pytest.mark.parametrize("protocol", ["grpc", "http"])
async def test_a_trusted_upstreams_summary_is_honoured_and_its_bad_weights_are_not(protocol):
    async with HttpSink() as sink, running_proxy(config(sink)) as app:
        client = SdkClient(protocol, app.ports[protocol], "checkout",
                           headers={"authorization": f"Bearer {TRUSTED}"})
        client.emit("job 1 finished", attributes={"sampling.rule": "pattern",
                                                  "sampling.adjusted_count": 10.0})
        client.emit("job 2 finished", attributes={"sampling.rule": "pattern",
                                                  "sampling.adjusted_count": math.inf})
        client.emit("sampled out 1,800 records like: job <*> finished",
                    attributes={"sampling.summary": True, "sampling.dropped_count": 1800,
                                "sampling.dropped_bytes": 27000})
        assert await client.flush()
        await client.shutdown()
        records = await sink.wait_for_records(3)
        assert stands_for(records) == 10 + 1 + 1800
        assert stripped(app, "not_finite") == 1 and stripped(app, "untrusted") == 0
        sample = app.metrics.registry.get_sample_value
        assert sample("otlp_sampler_records_kept_total", {"service": "checkout", "rule": "pattern"}) == 2


def test_the_prefilter_says_no_only_when_no_key_can_start_with_sampling():
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

    from otlp_sampler.intake import mentions_sampling
    from otlp_sampler.otlp.codec import encode_request_json

    def request(**attrs) -> ExportLogsServiceRequest:
        message = ExportLogsServiceRequest()
        record = message.resource_logs.add().scope_logs.add().log_records.add()
        record.body.string_value = "café au lait: ready"
        for key, value in attrs.items():
            record.attributes.add(key=key).value.string_value = value
        return message

    plain, forged = request(user="ann"), request(**{"sampling.rule": "severity"})
    assert not mentions_sampling(plain.SerializeToString())
    assert mentions_sampling(forged.SerializeToString())
    assert not mentions_sampling(encode_request_json(plain), True)
    assert mentions_sampling(encode_request_json(forged), True)
    # An escaped non-ASCII character is no letter of "sampling."; an escaped "s" or "." may be.
    assert not mentions_sampling(rb'{"body": "caf\u00e9 \u2603"}', True)
    assert mentions_sampling(rb'{"key": "\u0073ampling.rule"}', True)
    assert mentions_sampling(rb'{"key": "sampling\u002Erule"}', True)
    assert not mentions_sampling(rb'{"key": "\u0073ampling\u002erule"}')  # protobuf has no escapes


@pytest.mark.parametrize("trusted", [True, False])
async def test_a_chained_proxys_summaries_count_downstream_only_with_its_token_trusted(trusted):
    """Edge proxy (rate 0.1) -> central proxy -> sink. The edge's kept records and its
    summaries reach the sink intact when the central proxy trusts the edge's token; without
    it they are a client's forgeries: stripped, sampled again, and the drops go uncounted."""
    edge_token = "edge-token"
    central = {"exporter": {"protocol": "http/protobuf"},
               "sampling": {"default_rate": 1.0, "novelty": {"enabled": False},
                            "trusted_upstreams": [edge_token] if trusted else []}}
    async with HttpSink() as sink:
        central["exporter"]["endpoint"] = sink.logs_url
        async with running_proxy(central) as center:
            edge = {"exporter": {"protocol": "grpc", "endpoint": f"http://127.0.0.1:{center.ports['grpc']}",
                                 "headers": {"Authorization": f"Bearer {edge_token}"}},
                    "sampling": {"default_rate": 0.1, "novelty": {"enabled": False}}}
            async with running_proxy(edge) as app:
                client = SdkClient("http", app.ports["http"], "checkout")
                for i in range(300):
                    client.emit(f"cart {i} saved")
                assert await client.flush()
                await client.shutdown()
            # The edge stopped: its summaries were flushed to the central proxy.
            await sink.wait_for(lambda: any(attributes(r).get("sampling.summary") is not None
                                            or str(r.body.string_value).startswith("sampled out")
                                            for r in sink.records()), what="the edge's summary")
            records = sink.records()
            kept = [r for r in records if not attributes(r).get("sampling.summary")]
            dropped = sum(attributes(r).get("sampling.dropped_count", 0) for r in records
                          if attributes(r).get("sampling.summary"))
            if trusted:
                assert len(kept) + dropped == 300
                assert {attributes(r)["sampling.rule"] for r in kept} == {"default"}
                assert stripped(center, "untrusted") == 0
            else:
                assert dropped == 0  # the edge's summaries arrived as ordinary records
                summaries = [r for r in records if r.body.string_value.startswith("sampled out")]
                decided = [r for r in records if r not in summaries]
                # A kept record's rule, a summary's three keys.
                assert summaries and stripped(center, "untrusted") == len(decided) + 3 * len(summaries)
                # The edge's weights (10, 1 for the interval's floor record) still multiply, from anyone.
                assert {attributes(r)["sampling.adjusted_count"] for r in decided} == {1.0, 10.0}


async def test_receivers_run_the_prefilter_on_the_decompressed_bytes(intake):
    """gzip hides the key from the wire bytes: the receivers look after inflating (HTTP) or
    after gRPC's own decompression."""
    import grpc

    from otlp_sampler.otlp.codec import encode_request_json, gzip_compress
    from tests.receive.conftest import grpc_receiver, http_receiver, sample_request

    plain = sample_request(2)
    forged = sample_request(2)
    forged.resource_logs[0].scope_logs[0].log_records[0].attributes.add(
        key="sampling.summary").value.bool_value = True
    async with http_receiver(intake) as receiver, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{receiver.port}/v1/logs"
        for message in (plain, forged):
            for media, data in (("application/x-protobuf", message.SerializeToString()),
                                ("application/json", encode_request_json(message))):
                async with http.post(url, data=gzip_compress(data),
                                     headers={"Content-Type": media, "Content-Encoding": "gzip"}) as response:
                    assert response.status == 200
    async with grpc_receiver(intake) as receiver, \
            grpc.aio.insecure_channel(f"127.0.0.1:{receiver.port}",
                                      compression=grpc.Compression.Gzip) as channel:
        export = channel.unary_unary("/opentelemetry.proto.collector.logs.v1.LogsService/Export")
        for message in (plain, forged):
            await export(message.SerializeToString())
    assert intake.sampling_keys == [False, False, True, True, False, True]
