"""The bench and demo commands run end to end (tiny sizes: behaviour, not speed)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "otlp_sampler", *args], capture_output=True, text=True,
                          timeout=timeout, check=False)


def test_bench_passthrough_forwards_every_record_and_sampling_forwards_fewer():
    result = run_cli("bench", "--records", "20480", "--repeat", "1", "--streams", "2", "--distinct", "8",
                     "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["passthrough"]["forwarded_share"] == 1.0
    assert summary["passthrough"]["records_per_run"] == 20480
    assert 0 < summary["sampling"]["forwarded_share"] < 0.5
    assert summary["sampling"]["records_per_second"] > 0
    assert summary["ratio_sampling_to_passthrough"] > 0


def test_demo_reports_what_it_saved():
    result = run_cli("demo", "--seconds", "3", "--rate", "3000")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "checkout" in out and "total" in out
    assert "severity" in out  # kept by reason lists the severity floor
    total_line = next(line for line in out.splitlines() if line.startswith("total"))
    received, kept = (float(x.replace(",", "")) for x in total_line.split()[1:3])
    assert received > 0 and kept < received
    # While the traffic runs it says what is happening, before the report (not 3 s of silence).
    progress = [line for line in out.splitlines() if re.match(r"^\s+\d+s  sent ", line)]
    assert progress and out.index(progress[0]) < out.index(total_line)
    assert "received" in progress[0] and "kept" in progress[0] and "policy" in progress[0]


def test_bench_explains_its_mode_option(capsys):
    from otlp_sampler.cli import main

    with pytest.raises(SystemExit) as done:
        main(["bench", "--help"])
    assert done.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--mode {both,passthrough,sampling} what to measure: passthrough (sampling off" in help_text
