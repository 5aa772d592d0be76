"""Tenants (tenants.py): ids that never show the token, and the refusals: none, not allowed, too many."""

from __future__ import annotations

import hashlib

import pytest

from otlp_sampler.config import ConfigError, load_config
from otlp_sampler.tenants import Tenant, TenantRefused, Tenants, bearer_token, tenant_id


def test_a_tenant_is_known_by_a_stable_hash_that_does_not_show_its_token():
    tenant = Tenant.of("phc_project_a")
    assert tenant.id == tenant_id("phc_project_a") == Tenant.of("phc_project_a").id
    assert len(tenant.id) == 12 and tenant.id != tenant_id("phc_project_b")
    # Not a prefix of the token's SHA-256 either (which tenants.allow may hold).
    assert not hashlib.sha256(b"phc_project_a").hexdigest().startswith(tenant.id)
    for shown in (str(tenant), repr(tenant), tenant.prefix):
        assert "phc_project_a" not in shown


@pytest.mark.parametrize(("header", "token"), [
    ("Bearer phc_a", "phc_a"), ("bearer  phc_a ", "phc_a"), ("Basic cGhjX2E=", None), ("Bearer", None),
    ("", None), (None, None)])
def test_bearer_token(header, token):
    assert bearer_token(header) == token


def test_refusals_name_the_rule_and_never_the_token():
    refused: list[str] = []
    allowed = ["phc_allowed", hashlib.sha256(b"phc_hashed").hexdigest().upper()]
    tenants = Tenants("passthrough", allowed, max_tenants=2, on_refused=refused.append)
    for token, reason, status, code in [(None, "unauthenticated", 401, "UNAUTHENTICATED"),
                                        ("", "unauthenticated", 401, "UNAUTHENTICATED"),
                                        ("phc_other", "forbidden", 403, "PERMISSION_DENIED")]:
        with pytest.raises(TenantRefused) as error:
            tenants.resolve(token)
        assert (error.value.reason, error.value.http_status, error.value.grpc_code) == (reason, status, code)
        assert "phc_other" not in error.value.message
    assert tenants.resolve("phc_allowed") is tenants.resolve("phc_allowed")
    assert tenants.resolve("phc_hashed").id == tenant_id("phc_hashed")  # allowed by its SHA-256
    assert refused == ["unauthenticated", "unauthenticated", "forbidden"]
    assert {t.id for t in tenants} == {tenant_id("phc_allowed"), tenant_id("phc_hashed")}


def test_a_new_tenant_beyond_the_limit_is_refused_with_a_retry_delay_and_known_ones_go_on():
    tenants = Tenants("passthrough", max_tenants=1)
    first = tenants.resolve("phc_1")
    with pytest.raises(TenantRefused) as error:
        tenants.resolve("phc_2")
    assert error.value.reason == "too_many" and error.value.http_status == 429
    assert error.value.retry_after and "tenants.max=1" in error.value.message
    assert tenants.resolve("phc_1") is first
    # A tenant a previous run spooled records of comes back whatever the limit.
    assert tenants.restore("phc_2").id == tenant_id("phc_2") and len(tenants) == 2


def test_two_tokens_with_one_id_are_never_mixed(monkeypatch):
    import otlp_sampler.tenants as module

    tenants = Tenants("passthrough")
    first = tenants.resolve("phc_victim")
    monkeypatch.setattr(module, "tenant_id", lambda token: first.id)  # a forged collision
    with pytest.raises(TenantRefused) as error:
        tenants.resolve("phc_forged")
    assert error.value.reason == "forbidden"
    assert tenants.get(first.id).token == "phc_victim"


def test_config(tmp_path):
    assert load_config(environ={}).tenants.mode == "single"
    path = tmp_path / "c.yaml"
    path.write_text("tenants: {mode: passthrough, allow: [phc_a], max: 5}\n")
    config = load_config(path, environ={})
    assert (config.tenants.mode, config.tenants.allow, config.tenants.max) == ("passthrough", ["phc_a"], 5)
    for text, expected in [("tenants: {mode: passthrough}\nreceivers: {auth_tokens: [x]}\n",
                            "receivers.auth_tokens"),
                           ("tenants: {mode: both}\n", "tenants.mode"),
                           ("tenants: {max: 0}\n", "tenants.max"),
                           ("tenants: {allow: [' ']}\n", "tenants.allow")]:
        path.write_text(text)
        with pytest.raises(ConfigError, match=expected.replace(".", r"\.")):
            load_config(path, environ={})


def test_the_tenant_id_command_reads_tokens_from_stdin(monkeypatch, capsys):
    import io

    from otlp_sampler.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("phc_a\n\nphc_b\n"))
    assert main(["tenant-id"]) == 0
    assert capsys.readouterr().out.split() == [tenant_id("phc_a"), tenant_id("phc_b")]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["tenant-id"]) == 2 and "no token on stdin" in capsys.readouterr().err


def test_check_config_print_masks_the_allowed_tokens(tmp_path, capsys):
    from otlp_sampler.cli import main

    path = tmp_path / "c.yaml"
    path.write_text("tenants: {mode: passthrough, allow: [phc_allowed_secret]}\n")
    assert main(["check-config", "--print", str(path)]) == 0
    out = capsys.readouterr().out
    assert "phc_allowed_secret" not in out and "allow:\n  - '***'" in out


def test_serve_warns_when_any_token_is_relayed_from_a_reachable_port(caplog):
    import logging

    from otlp_sampler.commands.serve import log_tenants
    from otlp_sampler.config import Config

    caplog.set_level(logging.INFO, logger="otlp_sampler")
    log_tenants(Config.model_validate({"tenants": {"mode": "passthrough"}}))  # 0.0.0.0 by default
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "ANY token is relayed upstream from 0.0.0.0:4317, 0.0.0.0:4318" in warning.getMessage()
    caplog.clear()
    log_tenants(Config.model_validate({"tenants": {"mode": "passthrough", "allow": ["phc_a"]}}))
    assert [r.levelno for r in caplog.records] == [logging.INFO] and "phc_a" not in caplog.text
    caplog.clear()
    log_tenants(Config.model_validate({}))
    assert caplog.records == []
