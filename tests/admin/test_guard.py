"""A web page cannot use the admin API: DNS rebinding and cross-site writes are refused.

The attacks of issue 14 against a real admin server without a token: a page at another
origin POSTing ``text/plain`` (no CORS preflight needed), and a page whose name rebinds
to 127.0.0.1 (any ``Host``). The policy CLI's and curl's own requests keep working.
"""

from __future__ import annotations

import pytest

from otlp_sampler.admin.guard import HostPolicy, host_name
from tests.admin.conftest import build_volumes

EVIL = "http://evil.example"
WRITES = [("POST", "/api/v1/policy/regenerate"), ("POST", "/api/v1/policy/rollback/1"),
          ("PUT", "/api/v1/policy")]


async def raw(admin, method: str, path: str, headers: dict[str, str], data: bytes = b"{}"):
    """A request with exactly these headers (the Admin helper adds a JSON content type)."""
    async with admin.http.request(method, admin.url + path, headers=headers,
                                  data=data if method != "GET" else None) as response:
        return response.status, await response.text()


@pytest.mark.parametrize(("method", "path"), WRITES)
async def test_cross_site_writes_are_refused(admin, method, path):
    admin.proxy.volumes = build_volumes()
    for headers, status in [
        ({"Origin": EVIL, "Content-Type": "text/plain"}, 403),  # the attack as found
        ({"Origin": EVIL, "Content-Type": "application/json"}, 403),
        ({"Origin": "null", "Content-Type": "application/json"}, 403),  # sandboxed frame, file: page
        ({"Origin": "http://127.0.0.1:1", "Content-Type": "application/json"}, 403),  # another local app
        ({"Content-Type": "text/plain"}, 415),  # a browser that sends no Origin
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
        ({"Content-Type": "multipart/form-data; boundary=x"}, 415),
    ]:
        answer, body = await raw(admin, method, path, headers)
        assert answer == status, (headers, answer, body)
    assert await admin.proxy.store.history() == []  # nothing was written


async def test_same_origin_and_non_browser_writes_with_json_still_work(admin):
    admin.proxy.volumes = build_volumes()
    same = {"Origin": admin.url}  # the /docs page: no body, no content type
    assert (await raw(admin, "POST", "/api/v1/policy/regenerate", same, b""))[0] == 200
    curl = {"Content-Type": "application/json"}
    assert (await raw(admin, "POST", "/api/v1/policy/rollback/1", curl))[0] == 200
    yaml = {"Content-Type": "application/yaml; charset=utf-8"}
    assert (await raw(admin, "PUT", "/api/v1/policy", yaml, b"services: {}\n"))[0] == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8888", "localhost.evil.example",
                                  "127.0.0.1.nip.io"])
async def test_a_rebound_name_gets_nothing(admin, host):
    for method, path in [("GET", "/api/v1/policy/history"), ("GET", "/readyz"), *WRITES]:
        status, body = await raw(admin, method, path, {"Host": host, "Content-Type": "application/json"})
        assert status == 400 and "admin.allowed_hosts" in body and host not in body, (method, path, status)
    assert await admin.proxy.store.history() == []


async def test_loopback_names_and_configured_names_are_answered(start_admin):
    admin = await start_admin(allowed_hosts=["sampler.internal"])
    port = admin.url.rpartition(":")[2]
    for host in [f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", "LOCALHOST", "10.1.2.3:8888",
                 f"sampler.internal:{port}", "sampler.internal."]:
        assert (await raw(admin, "GET", "/api/v1/policy/history", {"Host": host}))[0] == 200, host
    assert (await raw(admin, "GET", "/readyz", {"Host": "other.internal"}))[0] == 400
    anyone = await start_admin(allowed_hosts=["*"])
    assert (await raw(anyone, "GET", "/readyz", {"Host": "other.internal"}))[0] == 200


def test_host_policy():
    policy = HostPolicy("admin.example", ["proxy.example"])
    assert policy.allows("admin.example:8888") and policy.allows("PROXY.example")
    assert policy.allows("[2001:db8::1]:80") and policy.allows("192.0.2.1")
    assert not policy.allows("evil.example") and not policy.allows("admin.example.evil.example")
    assert host_name("[::1]:8888") == "::1" and host_name("Example.COM.:80") == "example.com"
