"""``otlp-sampler analyze``: text, JSON lines and OTLP/JSON in; patterns and projection out."""

from __future__ import annotations

import gzip
import itertools
import json
import math
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from otlp_sampler.cli import main
from otlp_sampler.commands.analyze import projection, readers
from otlp_sampler.patterns import PatternMiner

EVENTS = [
    ("INFO", "GET /api/items/{i} 200 in {ms}ms"),
    ("DEBUG", "cache hit for key cart:{h} ttl=300s"),
    ("INFO", "user u{i}@example.com logged in from 10.0.{a}.{b}"),
    ("ERROR", "payment {h} declined: card expired"),
]


def _lines(count: int) -> list[tuple[str, str]]:
    """(level, body) of ``count`` records; the volumes fall off from the first event to the last."""
    out = []
    for i in range(count):
        level, template = EVENTS[3 if i % 100 == 99 else 0 if i % 10 < 6 else 1 if i % 10 < 9 else 2]
        out.append((level, template.format(i=i, ms=i % 997, h=f"{i * 2654435761 % 2**32:08x}", a=i % 256,
                                           b=i * 7 % 256)))
    return out


def _analyze(capsys, *argv: str) -> str:
    assert main(["analyze", *argv]) == 0
    return capsys.readouterr().out


def test_plain_text_table_lists_patterns_by_volume(tmp_path, capsys):
    path = tmp_path / "app.log"
    path.write_text("".join(f"2024-05-01 12:00:{i % 60:02d} {lvl} {body}\n"
                            for i, (lvl, body) in enumerate(_lines(1000))))
    out = _analyze(capsys, str(path), "--top", "3")
    assert "1,000 records" in out and "4 patterns" in out
    table = out.split("proposed policy")[0]  # the pattern rows, before the proposed policy
    rows = [line for line in table.splitlines() if "unknown_service" in line]
    assert len(rows) == 3
    counts = [int(row.split()[0].replace(",", "")) for row in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] == 600
    assert "<*> INFO GET /api/items/<*> 2xx in <*>" in out and "e.g. 2024-05-01" in out
    assert "1 more patterns" in out


def test_json_report_counts_severities_and_projection(tmp_path, capsys):
    path = tmp_path / "app.log"
    path.write_text("".join(f"{lvl} {body}\n" for lvl, body in _lines(2000)))
    report = json.loads(_analyze(capsys, str(path), "--format", "json", "--duration", "10m"))
    assert report["records"] == 2000 and report["pattern_count"] == 4
    patterns = report["patterns"]
    assert sum(p["count"] for p in patterns) == 2000
    assert sum(p["share"] for p in patterns) == pytest.approx(1.0)
    errors = next(p for p in patterns if "declined" in p["template"])
    assert errors["severities"] == {"ERROR": errors["count"]}
    assert errors["projected"]["records"] == errors["count"]  # WARN and above are always kept
    chatty = patterns[0]
    assert chatty["count"] == 1200 and chatty["severities"] == {"INFO": 1200}
    # 1,200 records over 10 minutes = 20 intervals of 30 s with 60 each; the sampler keeps
    # about 20 an interval (plus the first 10): far fewer than all, far more than none.
    assert 250 < chatty["projected"]["records"] < 700
    assert 0 < chatty["projected"]["bytes"] < chatty["bytes"]
    assert report["projection"]["kept_records"] == sum(p["projected"]["records"] for p in patterns)
    assert report["time"]["assumed_seconds"] == 600


def test_json_lines_take_message_severity_and_service(tmp_path, capsys):
    path = tmp_path / "app.jsonl"
    rows = []
    for i, (lvl, body) in enumerate(_lines(400)):
        key = ("msg", "message", "body")[i % 3]
        service = {"service": "checkout"} if i % 2 else {"service.name": "auth"}
        rows.append(json.dumps({"ts": 1714560000 + i, "level": lvl.lower(), key: body, **service}))
    rows.append("not json at all, a stray line")
    path.write_text("\n".join(rows) + "\n")
    report = json.loads(_analyze(capsys, str(path), "--format", "json", "--top", "0"))
    assert report["records"] == 401 and report["services"] == 3
    assert {p["service"] for p in report["patterns"]} == {"checkout", "auth", "unknown_service"}
    assert report["time"]["span_seconds"] == pytest.approx(399, abs=1)
    debug = [p for p in report["patterns"] if "cache hit" in p["template"]]
    assert debug and all(p["severities"] == {"DEBUG": p["count"]} for p in debug)


def _otlp_request(records: list[tuple[str, str]], service: str) -> dict:
    return {"resourceLogs": [{
        "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": service}}]},
        "scopeLogs": [{"logRecords": [
            {"timeUnixNano": str(1714560000_000000000 + i * 10**9), "severityText": lvl,
             "body": {"stringValue": body}}
            for i, (lvl, body) in enumerate(records)]}],
    }]}


def test_otlp_json_export_files(tmp_path, capsys):
    records = _lines(300)
    pretty = tmp_path / "export.json"
    pretty.write_text(json.dumps(_otlp_request(records, "edge"), indent=2))
    report = json.loads(_analyze(capsys, str(pretty), "--format", "json"))
    assert report["records"] == 300 and {p["service"] for p in report["patterns"]} == {"edge"}
    # one export a line, as the Collector's file exporter writes, gzipped
    lines = tmp_path / "export.jsonl.gz"
    with gzip.open(lines, "wt") as handle:
        for chunk in (records[:100], records[100:]):
            handle.write(json.dumps(_otlp_request(chunk, "edge")) + "\n")
    again = json.loads(_analyze(capsys, str(lines), "--format", "json"))
    assert again["records"] == 300
    assert {p["pattern_id"]: p["count"] for p in again["patterns"]} == {
        p["pattern_id"]: p["count"] for p in report["patterns"]}


def test_per_line_prints_ids_in_input_order(tmp_path, capsys):
    lines = [body for _, body in _lines(50)]
    path = tmp_path / "app.log"
    path.write_text("\n".join(lines) + "\n")
    out = _analyze(capsys, str(path), "--per-line").splitlines()
    assert len(out) == 50
    objects = [json.loads(line) for line in out]
    miner = PatternMiner("unknown_service")
    for index, (obj, body) in enumerate(zip(objects, lines, strict=True), start=1):
        assert obj["index"] == obj["line"] == index
        assert obj["pattern_id"] == miner.add(body)
        assert obj["template"]


def test_per_line_reads_otlp_records_and_stdin(tmp_path):
    document = json.dumps(_otlp_request(_lines(5), "edge"))
    done = subprocess.run([sys.executable, "-m", "otlp_sampler", "analyze", "-", "--per-line"],
                          input=document, capture_output=True, text=True, timeout=60, check=True)
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["index"] for o in objects] == [1, 2, 3, 4, 5]
    assert {o["service"] for o in objects} == {"edge"}
    assert done.stderr == ""  # no progress when stderr is not a terminal


def test_the_projection_follows_the_sampling_config(tmp_path, capsys):
    config = tmp_path / "sampler.yaml"
    config.write_text("sampling:\n  keep_severity: ERROR\n  default_rate: 0.25\n"
                      "  novelty: {enabled: false}\n")
    path = tmp_path / "app.log"
    path.write_text("".join(f"WARN disk {i % 9} almost full\n" for i in range(4000)))
    report = json.loads(_analyze(capsys, str(path), "--format", "json", "--config", str(config)))
    kept = report["projection"]["kept_records"]
    # 4,000 draws at p = 0.25 (plus one floor record per minute of the assumed hour):
    # within 5 standard deviations of the mean.
    mean, sd = 4000 * 0.25, math.sqrt(4000 * 0.25 * 0.75)
    assert abs(kept - mean) < 5 * sd + 60, kept


def test_reading_streams_lazily():
    # An endless input: the reader and the batcher must hand out records as they come.
    endless = ((n, f"tick {n} ok") for n in itertools.count(1))
    records = readers.read_records(endless, "auto", "svc")
    first = list(itertools.islice(records, 3))
    assert [r.line for r in first] == [1, 2, 3]
    batch = next(projection.batches(readers.read_records(
        ((n, f"tick {n} ok") for n in itertools.count(1)), "text", "svc")))
    assert batch.records == projection.BATCH


def test_unreadable_file_fails_with_a_message(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "missing.log")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_progress_goes_to_stderr_on_a_terminal_only(tmp_path, capsys, monkeypatch):
    path = tmp_path / "app.log"
    path.write_bytes(b"x\n" * 4096)
    ticks = iter(range(0, 1000))
    monkeypatch.setattr(readers.time, "monotonic", lambda: float(next(ticks)))
    with path.open("rb") as stream:
        shown = readers.Progress(stream, enabled=True)
        hidden = readers.Progress(stream, enabled=False)
        stream.read(4096)
        for lines in (1024, 2048):
            shown.tick(lines)
            hidden.tick(lines)
        shown.done()
    err = capsys.readouterr().err
    assert "analyze: 2,048 lines (50%)" in err and err.endswith("\r\033[K")


def test_forced_otlp_input_reads_a_pretty_printed_document(tmp_path, capsys):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(_otlp_request(_lines(20), "edge"), indent=2))
    report = json.loads(_analyze(capsys, str(path), "--input", "otlp", "--format", "json"))
    assert report["records"] == 20


def test_proposes_a_policy_that_reaches_the_target_and_passes_validation(tmp_path, capsys):
    path = tmp_path / "app.log"
    path.write_text("".join(f"{lvl} {body}\n" for lvl, body in _lines(20000)))
    policy_path = tmp_path / "proposed.json"
    report = json.loads(_analyze(capsys, str(path), "--format", "json", "--duration", "10m",
                                 "--policy-out", str(policy_path)))
    proposed = report["proposed_policy"]
    assert proposed["generator"]["kind"] == "heuristic" and proposed["target_reduction"] == 0.7
    assert proposed["estimate"]["reduction"] == pytest.approx(0.7, abs=0.05)
    rules = proposed["services"]["unknown_service"]["patterns"]
    declined = next(rule for rule in rules.values() if "declined" in rule["template"])
    assert declined["rate"] == 1.0  # a pattern with ERROR records is never sampled
    assert min(rule["rate"] for rule in rules.values()) < 0.5  # the chatty ones are
    # The file holds the same policy, and `policy validate` accepts it offline.
    assert json.loads(policy_path.read_text())["services"] == proposed["services"]
    assert main(["policy", "validate", str(policy_path)]) == 0
    out = _analyze(capsys, str(path), "--duration", "10m")
    assert "proposed policy (heuristic, target 70% of bytes)" in out
    assert "with it, the proxy would keep" in out


def test_a_policy_file_is_taken_the_way_serve_takes_it(tmp_path, capsys):
    path = tmp_path / "app.log"
    path.write_text("".join(f"{lvl} {body}\n" for lvl, body in _lines(2000)))
    policy_path = tmp_path / "policy.json"
    policy_path.write_text(json.dumps({"default_rate": 0.5}))
    config_path = tmp_path / "config.yaml"
    config_path.write_text(f"sampling:\n  policy_file: {policy_path}\n")
    report = json.loads(_analyze(capsys, str(path), "--format", "json", "--config", str(config_path)))
    assert report["records"] == 2000  # a usable file is applied and the run goes through
    # A file serve would refuse is refused here too, with the reason and no traceback.
    policy_path.write_text("{not json")
    assert main(["analyze", str(path), "--config", str(config_path)]) == 2
    assert "policy" in capsys.readouterr().err


def _bursts_over_months(path, *, bursts: int = 40, size: int = 50, days: int = 90) -> None:
    """Text lines whose timestamps span ``days``: ``bursts`` bursts of ``size`` records, each
    within a minute, the rest of the time quiet (a real service's error storms look like this)."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    lines = []
    for burst in range(bursts):
        at = start + timedelta(days=days * burst / (bursts - 1))
        for i in range(size):
            stamp = (at + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            lines.append(f"{stamp} INFO worker {burst}-{i} retried job {i * 7919 % 1000}\n")
    path.write_text("".join(lines))


def test_a_file_spanning_months_gives_two_projections_in_the_same_terms(tmp_path, capsys):
    path = tmp_path / "storms.log"
    _bursts_over_months(path)
    report = json.loads(_analyze(capsys, str(path), "--format", "json"))
    before, proposed = report["projection"], report["proposed_projection"]
    # Before any policy the dynamic sampler cuts each burst; the policy, from the average over
    # 90 days (well under a record per interval), keeps every record.
    assert before["reduction_bytes"] > 0.3 and proposed["reduction_bytes"] == pytest.approx(0.0)
    assert proposed["kept_records"] == pytest.approx(2000)

    out = _analyze(capsys, str(path))
    assert "time: from the records' timestamps, 90.0 days" in out
    assert f"before any policy, the proxy would keep {before['kept_records']:,} records" in out
    assert "with it, the proxy would keep 2,000 records (100.0%)" in out and "0.0% fewer" in out
    assert "the two projections differ: the policy gives each pattern one rate, from its average " \
           "volume over the 90.0 days this input covers" in " ".join(out.split())
    assert "0 -> 0 bytes/s" not in out


@pytest.mark.parametrize("content, why", [(b"", "the file is empty"), (b"\n  \n\n", "only blank lines")])
@pytest.mark.parametrize("per_line", [False, True])
def test_an_empty_file_is_said_to_be_empty_and_fails(tmp_path, capsys, content, why, per_line):
    path = tmp_path / "app.log"
    path.write_bytes(content)
    assert main(["analyze", str(path), *(["--per-line"] if per_line else [])]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == f"otlp-sampler analyze: {path}: no records to analyse ({why})\n"


@pytest.mark.parametrize("compress", [False, True])
def test_a_binary_file_is_refused_not_analysed_as_text(tmp_path, capsys, compress):
    import random

    data = bytes(random.Random(5).getrandbits(8) for _ in range(20_000))  # an archive, an image
    path = tmp_path / "core.bin"
    path.write_bytes(gzip.compress(data) if compress else data)
    assert main(["analyze", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"otlp-sampler analyze: {path} is not a log file: it starts with binary data (analyze "
                   "reads text logs, JSON lines or OTLP/JSON, plain or gzipped)\n")
    # A text log with a stray non-UTF-8 byte (Latin-1 "café") is still read as text.
    text = tmp_path / "latin1.log"
    text.write_bytes("".join(f"INFO order {i} paid at caf\xe9\n" for i in range(50)).encode("latin-1"))
    assert main(["analyze", str(text)]) == 0
