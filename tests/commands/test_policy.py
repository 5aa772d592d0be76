"""``otlp-sampler policy ...`` against a real running admin server (the CLI runs in a thread)."""

from __future__ import annotations

import asyncio
import json

import yaml

from otlp_sampler.cli import main
from tests.admin.conftest import TOKEN, build_volumes, policy_body
from tests.peers.waiting import free_port


async def cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = await asyncio.to_thread(main, ["policy", *argv])
    out, err = capsys.readouterr()
    return code, out, err


async def test_show_history_apply_rollback(admin, capsys, tmp_path):
    url = ["--admin", admin.url]
    code, _, err = await cli(capsys, "show", *url)
    assert code == 1 and "HTTP 404" in err and "no policy yet" in err

    good = tmp_path / "policy.yaml"
    good.write_text(yaml.safe_dump(policy_body(0.25)))
    code, out, _ = await cli(capsys, "apply", str(good), *url)
    assert (code, out.strip()) == (0, f"{good}: applied as version 1")
    json_file = tmp_path / "policy.json"
    json_file.write_text(json.dumps(policy_body(0.5)))
    assert (await cli(capsys, "apply", str(json_file), *url))[0] == 0

    code, out, _ = await cli(capsys, "show", *url)
    shown = json.loads(out)
    assert code == 0 and shown["version"] == 2
    assert shown["services"]["checkout"]["patterns"]["00000000000000c1"]["rate"] == 0.5
    code, out, _ = await cli(capsys, "show", "--version", "1", "--yaml", *url)
    assert code == 0
    assert yaml.safe_load(out)["services"]["checkout"]["patterns"]["00000000000000c1"]["rate"] == 0.25

    code, out, _ = await cli(capsys, "rollback", "1", *url)
    assert (code, out.strip()) == (0, "version 1 restored as version 3")
    code, out, _ = await cli(capsys, "history", *url)
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].split()[:3] == ["VERSION", "CREATED", "GENERATOR"]
    assert [line.split()[0] for line in lines[1:]] == ["3", "2", "1"]
    assert "rollback of v1" in lines[1]
    code, out, _ = await cli(capsys, "history", "--json", "--limit", "1", *url)
    assert [row["version"] for row in json.loads(out)] == [3]


async def test_apply_refused_prints_the_problems(admin, capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(policy_body(0.00001)))
    code, out, err = await cli(capsys, "apply", str(bad), "--admin", admin.url)
    assert code == 1 and out == ""
    assert "HTTP 400: policy refused by the guards" in err
    assert "min_rate" in err and "Traceback" not in err
    assert await admin.proxy.store.current_policy() is None


async def test_explain_and_regenerate(admin, capsys):
    url = ["--admin", admin.url]
    code, _, err = await cli(capsys, "regenerate", *url)
    assert code == 1 and "HTTP 409" in err and "nothing to base a policy on" in err
    admin.proxy.volumes = build_volumes()
    code, out, _ = await cli(capsys, "regenerate", *url)
    assert (code, out.strip()) == (0, "version 1 (heuristic): 1 rules")

    code, out, _ = await cli(capsys, "explain", *url)
    assert code == 0
    header, columns, row = out.strip().splitlines()[:3]
    assert header.startswith("policy v1 (heuristic): input 100.0 kB/s, projected savings 81.0 kB/s = $")
    assert "at $0.5/GB" in header
    assert columns.split() == ["RATE", "SHARE", "SAVED/MONTH", "TIER", "SERVICE", "PATTERN", "TEMPLATE",
                               "REASON"]
    assert row.split()[:6] == ["0.1", "90.0%", "$104.98", "routine", "checkout", "00000000000000c1"]
    assert row.rstrip().endswith("heaviest")
    code, out, _ = await cli(capsys, "explain", "--json", *url)
    assert json.loads(out)["rules"][0]["volume_share"] == 0.9


async def test_token_from_option_or_environment(start_admin, capsys, tmp_path, monkeypatch):
    admin = await start_admin(token=TOKEN)
    file = tmp_path / "p.json"
    file.write_text(json.dumps(policy_body()))
    url = ["--admin", admin.url]
    code, _, err = await cli(capsys, "apply", str(file), *url)
    assert code == 1 and "HTTP 401" in err and "--token" in err
    assert (await cli(capsys, "show", *url))[0] == 1  # reads are open: 404 only because nothing is stored
    code, out, _ = await cli(capsys, "apply", str(file), "--token", TOKEN, *url)
    assert code == 0 and "version 1" in out
    monkeypatch.setenv("OTLP_SAMPLER_ADMIN_TOKEN", TOKEN)
    code, out, err = await cli(capsys, "rollback", "1", *url)
    assert code == 0 and TOKEN not in out + err


async def test_unreachable_admin_is_one_clear_line(capsys):
    port = free_port()  # a port nobody listens on
    for action in (["show"], ["history"], ["explain"], ["rollback", "2"], ["regenerate"]):
        code, out, err = await cli(capsys, *action, "--admin", f"http://127.0.0.1:{port}")
        assert code == 1 and out == ""
        assert f"cannot reach the admin API at http://127.0.0.1:{port}" in err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1


async def test_validate_offline(capsys, tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(policy_body(0.0)))  # a manual drop rule is allowed
    code, out, _ = await cli(capsys, "validate", str(good))
    assert (code, out.strip()) == (0, f"{good}: OK (1 rule(s) across 1 service(s))")

    low = tmp_path / "low.json"
    low.write_text(json.dumps(policy_body(0.005)))
    assert (await cli(capsys, "validate", str(low)))[0] == 0  # above the default min_rate 0.001
    config = tmp_path / "config.yaml"
    config.write_text("sampling:\n  min_rate: 0.01\n")
    code, _, err = await cli(capsys, "validate", str(low), "--config", str(config))
    assert code == 1 and "1 problem(s)" in err and "below min_rate 0.01" in err

    broken = tmp_path / "broken.yaml"
    broken.write_text("services:\n  checkout:\n    patterns:\n      abc: {rate: 3}\n")
    code, _, err = await cli(capsys, "validate", str(broken))
    assert code == 1 and "1 problem(s)" in err and "patterns.abc.rate" in err
    code, _, err = await cli(capsys, "validate", str(tmp_path / "missing.json"))
    assert code == 1 and "cannot read" in err and "Traceback" not in err
