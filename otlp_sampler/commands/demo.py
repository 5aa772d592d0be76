"""``otlp-sampler demo``: the whole proxy on generated traffic, and what it saves.

Starts the real proxy in this process (gRPC receiver, sampling, side loop, export over
gRPC to a null upstream), sends the realistic workload of ``commands/workload.py`` over
OTLP/gRPC for ``--seconds``, generating a policy half-way through, then prints what came
in, what went out and why, per service and per rule, and the policy in force.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time

import grpc

from otlp_sampler.commands.bench import EXPORT_METHOD, NullUpstream


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seconds", type=float, default=12.0, help="how long to send traffic (default 12)")
    parser.add_argument(
        "--rate", type=int, default=20_000, help="records per second to send (default 20,000)"
    )
    parser.add_argument("--target", type=float, default=0.8, help="target reduction of bytes (default 0.8)")


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_demo(args))


async def _demo(args: argparse.Namespace) -> int:
    from otlp_sampler.app import build_app
    from otlp_sampler.commands.workload import Workload
    from otlp_sampler.config import Config

    upstream = NullUpstream()
    upstream_port = await upstream.start()
    with tempfile.TemporaryDirectory() as state_dir:
        config = Config.model_validate(
            {
                "receivers": {"grpc": {"endpoint": "127.0.0.1:0"}, "http": {"enabled": False}},
                "exporter": {"protocol": "grpc", "endpoint": f"http://127.0.0.1:{upstream_port}"},
                "analysis": {"interval": max(args.seconds / 2, 1.0)},
                "policy_generator": {"target_reduction": args.target},
                "store": {"kind": "sqlite", "path": f"{state_dir}/state.db"},
                "admin": {"endpoint": "127.0.0.1:0"},
                "logging": {"level": "WARNING"},
            }
        )
        app = build_app(config)
        await app.start()
        workload = Workload(seed=7)
        batch = 256
        payloads = [workload.request(batch).SerializeToString() for _ in range(40)]
        print(
            f"otlp-sampler demo: sending ~{args.rate:,} records/s for {args.seconds:.0f}s over OTLP/gRPC "
            f"(admin API on 127.0.0.1:{app.ports.get('admin')})"
        )
        async with grpc.aio.insecure_channel(f"127.0.0.1:{app.ports['grpc']}") as channel:
            export = channel.unary_unary(EXPORT_METHOD)
            started = time.monotonic()
            sent = 0
            while (elapsed := time.monotonic() - started) < args.seconds:
                await export(payloads[sent // batch % len(payloads)])
                sent += batch
                ahead = sent / args.rate - elapsed
                if ahead > 0:
                    await asyncio.sleep(ahead)
        await app.stop()
        await upstream.stop()
        _report(app, sent, upstream.records)
    return 0


def _value(app, name: str, **labels) -> float:
    return app.metrics.registry.get_sample_value(name, labels) or 0.0


def _report(app, sent: int, forwarded: int) -> None:
    metrics = app.metrics
    received = kept = 0.0
    by_service = []
    for family in metrics.registry.collect():
        if family.name == "otlp_sampler_records_received":
            for sample in family.samples:
                if sample.name.endswith("_total"):
                    service = sample.labels["service"]
                    dropped = _value(app, "otlp_sampler_records_dropped_total", service=service)
                    by_service.append((service, sample.value, sample.value - dropped))
                    received += sample.value
                    kept += sample.value - dropped
    bytes_in = sum(
        s.value
        for f in metrics.registry.collect()
        if f.name == "otlp_sampler_bytes_received"
        for s in f.samples
        if s.name.endswith("_total")
    )
    bytes_out = sum(
        s.value
        for f in metrics.registry.collect()
        if f.name == "otlp_sampler_bytes_kept"
        for s in f.samples
        if s.name.endswith("_total")
    )
    print()
    print(f"{'service':12s} {'received':>10s} {'kept':>9s} {'reduction':>10s}")
    for service, service_in, service_kept in sorted(by_service, key=lambda row: -row[1]):
        print(
            f"{service:12s} {service_in:>10,.0f} {service_kept:>9,.0f} {1 - service_kept / service_in:>9.1%}"
        )
    print(f"{'total':12s} {received:>10,.0f} {kept:>9,.0f} {1 - kept / max(received, 1):>9.1%}")
    if bytes_in:
        print(f"bytes: {bytes_in:,.0f} in, {bytes_out:,.0f} out ({1 - bytes_out / bytes_in:.1%} less)")
    print()
    print("kept, by reason:")
    for family in metrics.registry.collect():
        if family.name == "otlp_sampler_records_kept":
            rules: dict[str, float] = {}
            for sample in family.samples:
                if sample.name.endswith("_total"):
                    rules[sample.labels["rule"]] = rules.get(sample.labels["rule"], 0) + sample.value
            for rule, count in sorted(rules.items(), key=lambda item: -item[1]):
                print(f"  {rule:10s} {count:>9,.0f}")
    summaries = _value(app, "otlp_sampler_summary_records_total")
    print(
        f"summary records for dropped ones: {summaries:,.0f}; records forwarded upstream "
        f"(kept + summaries): {forwarded:,}; sent by the client: {sent:,}"
    )
    version = _value(app, "otlp_sampler_policy_version")
    print(
        f"policy version in force at the end: {version:.0f} "
        "(see `otlp-sampler policy explain` against a running proxy)"
    )
