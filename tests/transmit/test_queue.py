"""ExportQueue: batching, bounds and backpressure, shutdown; the debug exporter."""

from __future__ import annotations

import io

from otlp_sampler.transmit import ExportQueue, build_exporter
from otlp_sampler.transmit.debug_exporter import DebugExporter
from otlp_sampler.transmit.split import count_records, split_request
from tests.peers.sinks import HttpSink, make_request
from tests.peers.waiting import eventually as wait_until
from tests.peers.waiting import free_port
from tests.transmit.conftest import exporter_config, records_by_outcome


async def test_small_requests_are_merged_into_batches(metrics):
    async with HttpSink() as sink:
        config = exporter_config(sink.logs_url, batch={"max_records": 1000, "timeout": 5})
        queue = ExportQueue(config, build_exporter(config), metrics)
        await queue.start()
        for i in range(10):
            await queue.put(make_request(100, service=f"svc-{i}"), 100)
        records = await sink.wait_for_records(1000)
        await queue.stop(5)
    # Sealed by size long before the 5s timeout: one request, every resource intact.
    (delivered,) = sink.delivered
    services = [rl.resource.attributes[0].value.string_value for rl in delivered.request.resource_logs]
    assert services == [f"svc-{i}" for i in range(10)]
    assert len(records) == 1000


async def test_partial_batch_goes_out_after_the_timeout(metrics):
    async with HttpSink() as sink:
        config = exporter_config(sink.logs_url, batch={"max_records": 1000, "timeout": 0.05})
        queue = ExportQueue(config, build_exporter(config), metrics)
        await queue.start()
        await queue.put(make_request(3), 3)
        await queue.put(make_request(4), 4)
        await sink.wait_for_records(7)
        await queue.stop(5)
    assert sink.delivered_requests == 1


async def test_full_queue_pushes_back_and_recovers(metrics):
    port = free_port()
    config = exporter_config(f"http://127.0.0.1:{port}", queue={"max_records": 1000, "max_batches": 50})
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    await queue.put(make_request(600), 600)
    assert queue.has_room()
    await queue.put(make_request(600), 600)  # put accepts even past the bound ...
    assert not queue.has_room()  # ... but callers are told to push back
    assert queue.depth_records == 1200
    assert metrics.registry.get_sample_value("otlp_sampler_queue_records") == 1200
    async with HttpSink(port=port) as sink:
        await sink.wait_for_records(1200)
        await wait_until(queue.has_room)
        await queue.stop(5)
    assert metrics.registry.get_sample_value("otlp_sampler_queue_records") == 0


async def test_batch_count_bound(metrics):
    config = exporter_config(f"http://127.0.0.1:{free_port()}", queue={"max_batches": 3},
                             batch={"max_records": 10})
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    for _ in range(3):
        await queue.put(make_request(10), 10)
    assert not queue.has_room() and queue.depth_batches == 3
    await queue.stop(0.1)
    # Delivered batches give their room back, one each.
    async with HttpSink() as sink:
        config = exporter_config(sink.logs_url, queue={"max_batches": 3}, batch={"max_records": 10})
        queue = ExportQueue(config, build_exporter(config), metrics)
        await queue.start()
        for round_ in range(3):
            for _ in range(3):
                await queue.put(make_request(10), 10)
            await sink.wait_for_records(30 * (round_ + 1))
            await wait_until(lambda: queue.depth_batches == 0, what="the batches to be resolved")
            assert queue.has_room()
        await queue.stop(1)


async def test_stop_drains_within_timeout(metrics):
    async with HttpSink() as sink:
        config = exporter_config(sink.logs_url, batch={"max_records": 100000, "timeout": 60})
        queue = ExportQueue(config, build_exporter(config), metrics)
        await queue.start()
        await queue.put(make_request(50), 50)
        await queue.stop(5)  # does not wait the 60s batch timeout
        assert sink.delivered_records == 50
    assert not queue.healthy


async def test_stop_without_spool_counts_what_it_could_not_deliver(metrics, caplog):
    config = exporter_config(f"http://127.0.0.1:{free_port()}")
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    await queue.put(make_request(25), 25)
    await queue.stop(0.2)
    assert records_by_outcome(metrics, "dropped") == 25
    assert "RECORDS LOST: 25 records" in caplog.text


async def test_debug_exporter_prints_one_line_per_record(metrics):
    stream = io.StringIO()
    config = exporter_config(None, protocol="debug")
    queue = ExportQueue(config, build_exporter(config, stream=stream), metrics)
    await queue.start()
    request = make_request(3, service="checkout", severity=17, attributes=[("sampling.rule", "severity")])
    request.resource_logs[0].scope_logs[0].log_records[1].body.string_value = "two\nlines"
    await queue.put(request, 3)
    await wait_until(lambda: stream.getvalue().count("\n") == 3)
    await queue.stop(1)
    lines = stream.getvalue().splitlines()
    assert lines[0].endswith("ERROR checkout: record 0 {sampling.rule=severity}")
    assert lines[0].startswith("2023-11-14T22:13:20.000000Z")
    assert "two\\nlines" in lines[1]
    assert records_by_outcome(metrics, "delivered") == 3


async def test_debug_exporter_writes_stdout_by_default(capsys):
    await DebugExporter().send(make_request(1, body="hello"))
    assert "svc: hello" in capsys.readouterr().out


def test_split_request_keeps_resources_and_every_record():
    request = make_request(5, service="a")
    request.resource_logs.extend(make_request(4, service="b", body="b{i}").resource_logs)
    first, second = split_request(request)
    assert (count_records(first), count_records(second)) == (4, 5)
    names = [[rl.resource.attributes[0].value.string_value for rl in half.resource_logs]
             for half in (first, second)]
    assert names == [["a"], ["a", "b"]]
    bodies = [rec.body.string_value for r in (first, second) for rl in r.resource_logs
              for sl in rl.scope_logs for rec in sl.log_records]
    assert bodies == [f"record {i}" for i in range(5)] + [f"b{i}" for i in range(4)]
