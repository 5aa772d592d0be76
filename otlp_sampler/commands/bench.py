"""``otlp-sampler bench``: the proxy's throughput and latency, pass-through against full sampling.

One command runs the three parts of the measurement:

- a null upstream: an OTLP/gRPC LogsService in this process that counts and acknowledges;
- the proxy: ``otlp-sampler serve`` in its own process (its own core), exporting over
  gRPC to the null upstream;
- a load generator: ``--streams`` concurrent gRPC callers sending pre-encoded requests of
  ``--batch`` records (bodies from the realistic workload of ``commands/workload.py``).

Each mode (``passthrough``: sampling off — decode, re-encode, forward; ``sampling``: the
full hot path) runs ``--repeat`` times on a fresh proxy; the medians are printed, with the
ratio of the two and the proxy's peak RSS (VmHWM) and RSS at the middle and end of a run,
so growth over millions of records shows. ``--baseline DIR`` adds a ``baseline`` mode:
the sampling mode of the otlp-sampler checkout in DIR, interleaved with this one's, so a
change is measured against the code before it on the same machine state. ``--unparsed``
sends the records as a Collector ``filelog`` receiver without parsers does: no severity,
the level in the body. The proxy spools as it does by default (its spool in the run's
temporary directory); ``--spool off,default`` (or ``fsync``, or a ``spool_sync_interval``
such as ``1s``) runs every mode in each spool setting, interleaved, and prints what each
costs against ``off``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import grpc
import yaml
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

EXPORT_METHOD = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
WARMUP = 4  # requests sent before timing starts (they reach the upstream too)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--records", type=int, default=1_000_000, help="records per run (default 1,000,000)")
    parser.add_argument("--batch", type=int, default=512, help="records per request (default 512)")
    parser.add_argument("--streams", type=int, default=8, help="concurrent client streams (default 8)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per mode; medians are reported (default 3)"
    )
    parser.add_argument("--mode", choices=["both", "passthrough", "sampling"], default="both",
                        help="what to measure: passthrough (sampling off: decode, re-encode, forward), "
                             "sampling (the full hot path) or both, alternating (default both)")
    parser.add_argument(
        "--spool", default="default", type=_spool_settings,
        help="comma-separated spool settings to compare: default (the default config), off, fsync "
             "(fsync before every answer) or a sync interval such as 1s; e.g. off,default",
    )
    parser.add_argument("--baseline", metavar="DIR", default=None,
                        help="another otlp-sampler checkout: its sampling mode runs too, interleaved, "
                             "as 'baseline'")
    parser.add_argument("--unparsed", action="store_true",
                        help="records with no severity and the level at the start of the body, as a "
                             "Collector filelog receiver without parsing operators sends them")
    parser.add_argument(
        "--distinct", type=int, default=64, help="distinct pre-encoded requests to cycle through"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


@dataclass
class RunResult:
    mode: str  # the mode, and the spool setting unless it is the default
    records: int
    seconds: float
    latencies_ms: list[float]
    forwarded_records: int  # at the upstream after the proxy drained: kept + summary records
    sent_records: int  # warm-up included, to compare with forwarded_records
    peak_rss_mb: float
    mid_rss_mb: float
    rss_series_mb: list[float]  # RSS after each tenth of the run, to show it stays flat
    end_rss_mb: float
    cpu_share: float  # the proxy's CPU time over the run's wall time: 1.0 is one core kept busy

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds

    @property
    def cpu_us_per_record(self) -> float:
        """The proxy's CPU time per record: what other processes on the machine disturb least."""
        return self.cpu_share / self.records_per_second * 1e6

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class NullUpstream:
    """Acknowledges every export; counts records so pass-through can be checked."""

    def __init__(self) -> None:
        self.records = 0
        self.server: grpc.aio.Server | None = None

    async def start(self) -> int:
        async def export(request_bytes: bytes, context) -> bytes:
            request = ExportLogsServiceRequest.FromString(request_bytes)
            self.records += sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs)
            return EMPTY_RESPONSE

        handler = grpc.method_handlers_generic_handler(
            "opentelemetry.proto.collector.logs.v1.LogsService",
            {"Export": grpc.unary_unary_rpc_method_handler(export)},
        )
        self.server = grpc.aio.server(options=[("grpc.max_receive_message_length", 64 * 1024 * 1024)])
        self.server.add_generic_rpc_handlers((handler,))
        port = self.server.add_insecure_port("127.0.0.1:0")
        await self.server.start()
        return port

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.stop(0)


EMPTY_RESPONSE = ExportLogsServiceResponse().SerializeToString()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; NaN elsewhere)."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return float("nan")


def _rss_mb(pid: int, field: str) -> float:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _spool_settings(text: str) -> list[str]:
    from otlp_sampler.config import parse_duration

    settings = [part.strip() for part in text.split(",") if part.strip()]
    for setting in settings:
        if setting not in ("default", "off", "fsync"):
            try:
                parse_duration(setting)
            except ValueError:
                message = f"{setting!r}: expected default, off, fsync or a duration"
                raise argparse.ArgumentTypeError(message) from None
    return settings or ["default"]


def _label(mode: str, spool: str) -> str:
    return mode if spool == "default" else f"{mode} (spool {spool})"


def _spool_section(spool: str, state_dir: str) -> dict:
    if spool == "off":
        return {"spool_dir": None}
    section = {"spool_dir": f"{state_dir}/spool"}
    if spool == "fsync":
        section["spool_sync_interval"] = 0
    elif spool != "default":
        section["spool_sync_interval"] = spool
    return section


def _proxy_config(mode: str, spool: str, upstream_port: int, grpc_port: int, admin_port: int,
                  state_dir: str) -> dict:
    return {
        "receivers": {"grpc": {"endpoint": f"127.0.0.1:{grpc_port}"}, "http": {"enabled": False}},
        "exporter": {
            "protocol": "grpc",
            "endpoint": f"http://127.0.0.1:{upstream_port}",
            "compression": "none",
            "queue": _spool_section(spool, state_dir),
        },
        "sampling": {"enabled": mode != "passthrough"},
        "analysis": {"interval": "10s"},
        "store": {"kind": "sqlite", "path": f"{state_dir}/state.db"},
        "admin": {"endpoint": f"127.0.0.1:{admin_port}"},
        "logging": {"level": "WARNING"},
    }


async def _wait_ready(channel: grpc.aio.Channel, process: subprocess.Popen, timeout: float = 90.0) -> None:
    # A cold start on a loaded machine (first imports, pyc compilation) can take well over 30 s.
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"proxy exited with {process.returncode} before it was ready")
        try:
            await asyncio.wait_for(channel.channel_ready(), 1.0)
            return
        except TimeoutError:
            continue
    raise RuntimeError("proxy did not become ready in time")


async def run_once(mode: str, spool: str, payloads: list[bytes], records_per_payload: int,
                   args) -> RunResult:
    upstream = NullUpstream()
    upstream_port = await upstream.start()
    grpc_port, admin_port = _free_port(), _free_port()
    with tempfile.TemporaryDirectory() as state_dir:
        config_path = Path(state_dir) / "config.yaml"
        config_path.write_text(
            yaml.safe_dump(_proxy_config(mode, spool, upstream_port, grpc_port, admin_port, state_dir))
        )
        env = dict(os.environ)
        if mode == "baseline":
            env["PYTHONPATH"] = args.baseline
        process = subprocess.Popen(
            [sys.executable, "-m", "otlp_sampler", "serve", "--config", str(config_path)],
            stdout=subprocess.DEVNULL, env=env,
        )
        channel = grpc.aio.insecure_channel(
            f"127.0.0.1:{grpc_port}", options=[("grpc.max_send_message_length", 64 * 1024 * 1024)]
        )
        try:
            await _wait_ready(channel, process)
            export = channel.unary_unary(EXPORT_METHOD)  # raw bytes in and out: no client-side encoding
            for payload in payloads[:WARMUP]:
                await export(payload)
            total_requests = max(1, args.records // records_per_payload)
            latencies: list[float] = []
            sent = 0
            mid_rss = float("nan")
            rss_series: list[float] = []
            tenth = max(1, total_requests // 10)
            next_index = 0

            async def stream() -> None:
                nonlocal sent, mid_rss, next_index
                while next_index < total_requests:
                    index = next_index
                    next_index += 1
                    payload = payloads[index % len(payloads)]
                    started = time.perf_counter()
                    await _export_with_retry(export, payload)
                    latencies.append((time.perf_counter() - started) * 1000)
                    sent += 1
                    if index == total_requests // 2:
                        mid_rss = _rss_mb(process.pid, "VmRSS")
                    if (index + 1) % tenth == 0:
                        rss_series.append(_rss_mb(process.pid, "VmRSS"))

            started = time.perf_counter()
            cpu_before = _cpu_seconds(process.pid)
            await asyncio.gather(*(stream() for _ in range(args.streams)))
            seconds = time.perf_counter() - started
            cpu_share = (_cpu_seconds(process.pid) - cpu_before) / seconds
            end_rss = _rss_mb(process.pid, "VmRSS")
            peak_rss = _rss_mb(process.pid, "VmHWM")
            # SIGTERM makes the proxy drain its queue and flush its summary records; the null
            # upstream lives on this event loop, so wait for the exit without blocking it.
            await _stop_proxy(process)
            return RunResult(
                _label(mode, spool),
                sent * records_per_payload,
                seconds,
                latencies,
                upstream.records,
                (WARMUP + sent) * records_per_payload,
                peak_rss,
                mid_rss,
                rss_series,
                end_rss,
                cpu_share,
            )
        finally:
            await channel.close()
            if process.poll() is None:
                await _stop_proxy(process)
            await upstream.stop()


async def _stop_proxy(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        await asyncio.to_thread(process.wait, 60)
    except subprocess.TimeoutExpired:
        process.kill()
        await asyncio.to_thread(process.wait)


async def _export_with_retry(export, payload: bytes) -> None:
    # The proxy answers UNAVAILABLE when its queue is full; a real exporter backs off.
    delay = 0.01
    while True:
        try:
            await export(payload)
            return
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.UNAVAILABLE:
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.5)


def build_payloads(count: int, batch: int, unparsed: bool = False) -> list[bytes]:
    from otlp_sampler.commands.workload import Workload

    workload = Workload(seed=42, unparsed=unparsed)
    return [workload.request(batch).SerializeToString() for _ in range(count)]


def run(args: argparse.Namespace) -> int:
    payloads = build_payloads(args.distinct, args.batch, args.unparsed)
    kinds = ["passthrough", "sampling"] if args.mode == "both" else [args.mode]
    if args.baseline:
        kinds.append("baseline")
    variants = [(kind, spool) for kind in kinds for spool in args.spool]
    modes = [_label(kind, spool) for kind, spool in variants]
    results: dict[str, list[RunResult]] = {mode: [] for mode in modes}
    for repeat in range(args.repeat):
        # Interleaved, and each repeat starting one variant later, so drift on the machine
        # (and whatever a run leaves behind, such as the kernel writing back its spool)
        # falls on every variant alike.
        shift = repeat % len(variants)
        for kind, spool in variants[shift:] + variants[:shift]:
            result = asyncio.run(run_once(kind, spool, payloads, args.batch, args))
            results[result.mode].append(result)
            if not args.json:
                print(
                    f"  run {repeat + 1}/{args.repeat} {result.mode:26s} "
                    f"{result.records_per_second:>10,.0f} rec/s  "
                    f"p50 {result.percentile(0.5):6.1f} ms  p99 {result.percentile(0.99):6.1f} ms  "
                    f"peak RSS {result.peak_rss_mb:5.0f} MB  proxy CPU {result.cpu_share:4.0%} "
                    f"({result.cpu_us_per_record:.2f} us/record)",
                    file=sys.stderr,
                )
    summary = {}
    for mode, runs in results.items():
        summary[mode] = {
            "records_per_second": statistics.median(r.records_per_second for r in runs),
            "p50_ms": statistics.median(r.percentile(0.5) for r in runs),
            "p99_ms": statistics.median(r.percentile(0.99) for r in runs),
            "peak_rss_mb": max(r.peak_rss_mb for r in runs),
            "rss_mid_mb": statistics.median(r.mid_rss_mb for r in runs),
            "rss_series_mb": [round(v, 1) for v in runs[-1].rss_series_mb],
            "rss_end_mb": statistics.median(r.end_rss_mb for r in runs),
            "proxy_cpu_share": statistics.median(r.cpu_share for r in runs),
            "proxy_cpu_us_per_record": statistics.median(r.cpu_us_per_record for r in runs),
            "records_per_run": runs[0].records,
            "forwarded_share": statistics.median(r.forwarded_records / r.sent_records for r in runs),
        }
    if "baseline" in summary and "sampling" in summary:
        summary["ratio_sampling_to_baseline"] = (
            summary["sampling"]["records_per_second"] / summary["baseline"]["records_per_second"]
        )
    if "sampling" in summary and "passthrough" in summary:
        summary["ratio_sampling_to_passthrough"] = (
            summary["sampling"]["records_per_second"] / summary["passthrough"]["records_per_second"]
        )
    # The share of throughput each spool setting costs, per mode, against no spool at all.
    spool_cost = {
        label: 1 - summary[label]["records_per_second"] / summary[_label(kind, "off")]["records_per_second"]
        for kind, spool in variants if spool != "off" and _label(kind, "off") in summary
        for label in [_label(kind, spool)]
    }
    if spool_cost:
        summary["spool_cost"] = spool_cost
    summary["setup"] = {
        "spool": ",".join(args.spool),
        "unparsed": args.unparsed,
        "baseline": args.baseline,
        "batch": args.batch,
        "streams": args.streams,
        "repeat": args.repeat,
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(
        f"otlp-sampler bench: {args.records:,} records per run, {args.batch}-record requests, "
        f"{args.streams} streams, median of {args.repeat}"
    )
    print(
        f"{'mode':26s} {'records/s':>12s} {'p50 ms':>8s} {'p99 ms':>8s} "
        f"{'peak RSS':>9s} {'RSS mid->end':>14s} {'out/in':>7s} {'CPU us/rec':>10s}"
    )
    for mode in modes:
        s = summary[mode]
        print(
            f"{mode:26s} {s['records_per_second']:>12,.0f} {s['p50_ms']:>8.1f} {s['p99_ms']:>8.1f} "
            f"{s['peak_rss_mb']:>7.0f}MB {s['rss_mid_mb']:>6.0f}->{s['rss_end_mb']:<4.0f}MB "
            f"{s['forwarded_share']:>7.1%} {s['proxy_cpu_us_per_record']:>10.2f}"
        )
    for mode in modes:
        series = " ".join(f"{v:.0f}" for v in summary[mode]["rss_series_mb"])
        print(f"{mode} RSS (MB) after each tenth of the last run: {series}")
    if "ratio_sampling_to_passthrough" in summary:
        print(f"sampling / passthrough throughput: {summary['ratio_sampling_to_passthrough']:.2f}")
    if "ratio_sampling_to_baseline" in summary:
        ratio = summary["ratio_sampling_to_baseline"]
        print(f"sampling / baseline ({args.baseline}) throughput: {ratio:.3f}")
    for label, cost in spool_cost.items():
        print(f"{label}: the spool costs {cost:.1%} of the throughput without one")
    print("out/in: records that reached the upstream (kept + summary records) per record sent; "
          "CPU us/rec: the proxy's CPU time per record")
    return 0
