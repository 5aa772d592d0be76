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
                "exporter": {"protocol": "grpc", "endpoint": f"http://127.0.0.1:{upstream_port}",
                             "queue": {"spool_dir": f"{state_dir}/spool"}},
                "analysis": {"interval": max(args.seconds / 2, 1.0)},
                "policy_generator": {"target_reduction": args.target},
                "store": {"kind": "sqlite", "path": f"{state_dir}/state.db"},
                "admin": {"endpoint": "127.0.0.1:0"},
                "logging": {"level": "WARNING"},
            }
        )
        app = build_app(config)
        started_at = time.time()
        await app.start()
        workload = Workload(seed=7)
        batch = 256
        payloads = [workload.request(batch).SerializeToString() for _ in range(40)]
        print(
            f"otlp-sampler demo: sending ~{args.rate:,} records/s for {args.seconds:.0f}s over OTLP/gRPC "
            f"(admin API on 127.0.0.1:{app.ports.get('admin')}); a policy is generated after "
            f"{config.analysis.interval:.0f}s",
            flush=True,
        )
        async with grpc.aio.insecure_channel(f"127.0.0.1:{app.ports['grpc']}") as channel:
            export = channel.unary_unary(EXPORT_METHOD)
            started = time.monotonic()
            sent = 0
            shown = 0.0
            while (elapsed := time.monotonic() - started) < args.seconds:
                await export(payloads[sent // batch % len(payloads)])
                sent += batch
                if elapsed - shown >= PROGRESS_EVERY:
                    shown = elapsed
                    _progress(app, elapsed, sent)
                ahead = sent / args.rate - elapsed
                if ahead > 0:
                    await asyncio.sleep(ahead)
        await app.stop()
        await upstream.stop()
        _report(app, sent, upstream.records, started_at)
    return 0


PROGRESS_EVERY = 2.0  # seconds between progress lines while traffic runs


def _progress(app, elapsed: float, sent: int) -> None:
    """One line while the demo runs: what came in, what went on, which policy decides."""
    received = _total(app.metrics.records_received)
    kept = _total(app.metrics.records_kept)
    version = _value(app, "otlp_sampler_policy_version")
    policy = f"policy v{version:.0f}" if version else "no policy yet: the dynamic sampler decides"
    cut = f" ({1 - kept / received:.0%} cut)" if received else ""
    print(f"  {elapsed:4.0f}s  sent {sent:>9,}  received {received:>9,.0f}  kept {kept:>8,.0f}{cut}  "
          f"{policy}", flush=True)


def _total(counter) -> float:
    """A labelled counter summed over its labels."""
    return sum(sample.value for family in counter.collect() for sample in family.samples
               if sample.name.endswith("_total"))


def _value(app, name: str, **labels) -> float:
    return app.metrics.registry.get_sample_value(name, labels) or 0.0


def _report(app, sent: int, forwarded: int, started_at: float) -> None:
    from otlp_sampler.admin.savings import SavingsMeter

    price = app.config.admin.price_per_gb
    savings = SavingsMeter(app.metrics, price_per_gb=price, started_at=started_at).report().since_start
    print()
    print(f"{'service':12s} {'received':>10s} {'kept':>9s} {'records cut':>12s} {'bytes cut':>10s}")
    for row in sorted(savings.services, key=lambda row: -row.records_in):
        print(
            f"{row.service:12s} {row.records_in:>10,.0f} {row.records_out:>9,.0f} "
            f"{1 - row.records_out / max(row.records_in, 1):>12.1%} {row.reduction:>10.1%}"
        )
    print(
        f"{'total':12s} {savings.records_in:>10,.0f} {savings.records_out:>9,.0f} "
        f"{savings.records_reduction:>12.1%} {savings.reduction:>10.1%}"
    )
    print(
        f"at ${price:g}/GB this traffic would cost ${savings.cost_per_month_in:,.2f}/month sent whole, "
        f"${savings.cost_per_month_out:,.2f}/month through the proxy"
    )
    print()
    print("kept, by reason:")
    rules: dict[str, float] = {}
    for family in app.metrics.records_kept.collect():
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
