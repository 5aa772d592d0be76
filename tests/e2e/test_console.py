"""The console in a real headless Chromium, over a real proxy fed by a real OTel SDK exporter.

One browser for the module (tests/peers/browser.py); each test opens fresh pages in their
own browser context. Screenshots of every page, at laptop and phone widths, are written
under the test's temporary folder.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from urllib.parse import urlsplit

import pytest

from otlp_sampler.policy import GeneratorInfo, PatternRule, PolicyDocument, ServicePolicy
from tests.e2e.harness import attributes, running_proxy
from tests.peers.browser import CHROMIUM, Cdp, Chromium, Page
from tests.peers.otel_client import SdkClient
from tests.peers.sinks import GrpcSink
from tests.peers.waiting import eventually

pytestmark = pytest.mark.e2e

TOKEN = "console-admin-token-0123456789"
SCREENS = {"laptop": (1366, 860, False), "phone": (390, 844, True)}
PAGES = ["savings", "patterns", "policy", "alerts"]
ROWS = "document.querySelectorAll('table.patterns tbody tr')"
LINKS = "document.querySelectorAll('table.patterns tbody a')"
SORTED = "document.querySelector('th[aria-sort]')"
LIVE = "document.getElementById('status').textContent.startsWith('Live')"


def shown(page: str) -> str:
    """True once the console's ``page`` has rendered its data."""
    return f"document.getElementById('main').dataset.shown === '{page}'"


@pytest.fixture(scope="module")
def chromium():
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    browser = Chromium().start()
    yield browser
    browser.stop()


def admin_url(app) -> str:
    return f"http://127.0.0.1:{app.ports['admin']}"


async def send_traffic(app, service: str, lines: list[tuple[str, int]]) -> None:
    client = SdkClient("http", app.ports["http"], service)
    try:
        for body, severity in lines:
            client.emit(body, severity)
        assert await client.flush()
    finally:
        await client.shutdown()


def foreign(requests: list[str], base: str) -> list[str]:
    """Requests to anywhere but the admin API's own origin (data: URLs stay in the page)."""
    origin = urlsplit(base).netloc
    return [url for url in requests if urlsplit(url).scheme != "data" and urlsplit(url).netloc != origin]


def script_errors(page: Page) -> list[str]:
    # A 404 is how the console learns an optional endpoint is absent; Chromium logs it.
    return [e for e in page.errors if "status of 404" not in e]


async def show(page: Page, route: str) -> None:
    await page.evaluate(f"location.hash = '#/{route}'")
    await page.wait_for(shown(route))


async def test_every_page_loads_with_no_request_leaving_the_host(chromium, tmp_path):
    lines = [(f"user u{i} logged in from 10.0.0.{i % 7}", 9) for i in range(60)]
    lines += [("payment p1 failed: card declined", 17)]
    async with running_proxy({"analysis": {"enabled": True, "interval": "250ms"}}) as app:
        await send_traffic(app, "checkout", lines)
        base = admin_url(app)
        await eventually(lambda: app.loop.last_volumes is not None, what="a first analysis window")
        async with Cdp.connect(chromium.ws_url) as cdp:
            for screen, (width, height, mobile) in SCREENS.items():
                async with cdp.page(width=width, height=height, mobile=mobile) as page:
                    await page.goto(f"{base}/")
                    for route in PAGES:
                        await show(page, route)
                        if route == "patterns":
                            await page.wait_for(f"{LINKS}.length >= 2")
                        await page.screenshot(tmp_path / "screenshots" / f"{route}-{screen}.png")
                    await page.evaluate("location.hash = '#/patterns'")
                    href = await page.wait_for(f"{LINKS}[0]?.getAttribute('href')")
                    await page.evaluate(f"location.hash = {href!r}")
                    await page.wait_for(shown("pattern"))
                    await page.screenshot(tmp_path / "screenshots" / f"pattern-{screen}.png")
                    assert page.requests, "the page made no request at all"
                    assert foreign(page.requests, base) == []
                    assert script_errors(page) == []
                    assert await page.evaluate("document.querySelector('#alert-count').hidden")
    shots = sorted(p.name for p in (tmp_path / "screenshots").iterdir())
    assert shots == sorted(f"{r}-{s}.png" for r in [*PAGES, "pattern"] for s in SCREENS)
    assert all((tmp_path / "screenshots" / name).stat().st_size > 5_000 for name in shots)


# Each row of the patterns table as {column header: cell text}, "Pattern" being the template.
TABLE = """[...document.querySelectorAll('table.patterns tbody tr')].map((tr) => {
    const heads = [...document.querySelectorAll('table.patterns thead th')]
        .map((th) => th.innerText.replace(/[▲▼]/g, '').trim());
    const row = Object.fromEntries([...tr.children].map((td, i) => [heads[i], td.innerText.trim()]));
    row.Pattern = tr.querySelector('code').textContent;
    row.badges = [...tr.querySelectorAll('.badge')].map((b) => b.textContent);
    return row;
})"""


async def test_the_patterns_table_shows_the_traffic_sent_with_the_right_totals(chromium):
    lines = [(f"GET /cart/{i} took {i % 50} ms", 9) for i in range(400)]
    lines += [(f"payment p{i} failed: card declined", 17) for i in range(3)]
    async with GrpcSink() as sink, running_proxy(
            {"exporter": {"protocol": "grpc", "endpoint": sink.url}}) as app:
        await send_traffic(app, "shop", lines)
        await eventually(lambda: app.queue.depth_records == 0 and sink.records(), what="the queue drained")
        kept = Counter(attributes(record).get("log.record.template") for record in sink.records())
        async with Cdp.connect(chromium.ws_url) as cdp, cdp.page() as page:
            await page.goto(f"{admin_url(app)}/#/patterns")
            await page.wait_for(f"{shown('patterns')} && {LINKS}.length == 2")
            rows = await page.evaluate(TABLE)
    assert set(kept) == {row["Pattern"] for row in rows}  # what the upstream got, pattern by pattern
    sent = {"GET": 400, "payment": 3}
    for row in rows:
        count = sent[row["Pattern"].split()[0]]
        assert (row["Service"], int(row["Received"])) == ("shop", count)
        assert int(row["Kept"]) == kept[row["Pattern"]]
        assert int(row["Dropped"]) == count - kept[row["Pattern"]]
        assert "new" in row["badges"]
    cart, payment = sorted(rows, key=lambda row: row["Pattern"])
    assert 0 < int(cart["Kept"]) < 400 and cart["Severity"].startswith("INFO")
    assert payment["Kept"] == "3" and payment["Severity"].startswith("ERROR")  # errors are never sampled


def two_versions() -> tuple[PolicyDocument, PolicyDocument]:
    def policy(rate: float) -> PolicyDocument:
        rule = PatternRule(template="tick <*>", rate=rate, reason=f"keep {rate:.0%}")
        return PolicyDocument(generator=GeneratorInfo(kind="heuristic"), target_reduction=0.5,
                              services={"svc": ServicePolicy(patterns={"0123456789abcdef": rule})})
    return policy(0.5), policy(0.25)


async def test_a_rollback_from_the_console_takes_effect_once_the_token_is_given(chromium, tmp_path):
    async with running_proxy({"admin": {"token": TOKEN}}) as app:
        first, second = two_versions()
        v1 = await app.store.save_policy(first)
        v2 = await app.store.save_policy(second)
        app.processor.set_policy(v2)
        async with Cdp.connect(chromium.ws_url) as cdp, cdp.page() as page:
            await page.goto(f"{admin_url(app)}/#/policy")
            await page.wait_for(LIVE)
            rollback = f"document.querySelector('[data-key=\"rollback-{v1.version}\"]')"
            await page.wait_for(f"!!{rollback}")
            # Without the token the buttons are disabled, and the page says why.
            assert await page.evaluate(f"{rollback}.disabled")
            assert await page.evaluate("document.getElementById('regenerate').disabled")
            note = await page.evaluate("document.getElementById('write-note').textContent")
            assert "enter the admin token" in note

            await page.evaluate("document.getElementById('admin-token').focus()")
            await page.type(TOKEN)
            await page.press("Enter")
            await page.wait_for(f"!{rollback}.disabled")
            assert await page.evaluate(f"sessionStorage.getItem('otlp-sampler.admin-token') === '{TOKEN}'")

            await page.evaluate(f"{rollback}.focus()")
            await page.press("Enter")  # arms: a second press confirms
            await page.wait_for(f"{rollback}.textContent.startsWith('Confirm')")
            assert (await app.store.current_policy()).version == v2.version
            await page.press("Enter")
            await page.wait_for("document.querySelector('.result').textContent.includes('in force')")
            await page.screenshot(tmp_path / "policy-after-rollback.png")

        current = await app.store.current_policy()
        assert current.version == v2.version + 1
        assert current.generator.kind == "rollback" and current.generator.rollback_of == v1.version
        assert app.processor.policy.version == current.version
        assert app.processor.policy.rule_for("svc", "0123456789abcdef").rate == 0.5


async def test_a_wrong_token_is_refused_and_the_page_says_so(chromium):
    async with running_proxy({"admin": {"token": TOKEN}}) as app:
        first, _ = two_versions()
        await app.store.save_policy(first)
        async with Cdp.connect(chromium.ws_url) as cdp, cdp.page() as page:
            await page.goto(f"{admin_url(app)}/#/policy")
            await page.wait_for(LIVE)
            await page.evaluate("sessionStorage.setItem('otlp-sampler.admin-token', 'wrong'); "
                                "document.getElementById('regenerate').disabled = false; "
                                "document.getElementById('regenerate').click()")
            text = await page.wait_for("document.querySelector('.result.error')?.textContent")
            assert "refused the admin token" in text
        assert (await app.store.current_policy()).version == 1


async def test_the_main_controls_work_from_the_keyboard(chromium):
    lines = [(f"cache hit for key k{i}", 9) for i in range(30)]
    lines += [(f"order o{i} shipped", 9) for i in range(5)]
    async with running_proxy({"analysis": {"enabled": True, "interval": "250ms"}}) as app:
        await send_traffic(app, "shop", lines)
        await eventually(lambda: app.loop.last_volumes is not None, what="a first analysis window")
        async with Cdp.connect(chromium.ws_url) as cdp, cdp.page() as page:
            await page.goto(f"{admin_url(app)}/")
            await page.wait_for(LIVE)
            # Tab order: skip link, brand, the four pages, pause.
            order = []
            for _ in range(7):
                await page.press("Tab")
                order.append((await page.focused())["text"])
            assert order[0] == "Skip to content"
            assert order[2:6] == ["Savings", "Patterns", "Policy", "Alerts"]
            assert order[6] == "Pause updates"
            # Focus is visible: the focused element has an outline.
            outline = await page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline not in ("", "none")

            # Enter on the "Patterns" link opens the page, and focus moves to its content.
            for _ in range(3):
                await page.press("Tab", shift=True)
            assert (await page.focused())["text"] == "Patterns"
            await page.press("Enter")
            await page.wait_for("document.title.startsWith('Patterns')")
            await page.wait_for(f"{LINKS}.length == 2")
            await page.press("Tab")
            focused = await page.focused()
            assert focused["id"] == "pattern-search" and focused["label"] == "Search"
            await page.type("order")
            await page.wait_for(f"{ROWS}.length == 1")
            assert "order" in await page.evaluate(f"{LINKS}[0].textContent")

            # Sort headers are buttons: Enter sorts, and focus stays on the header across refreshes.
            await page.evaluate("document.querySelector('[data-key=sort-received]').focus()")
            await page.press("Enter")
            assert await page.evaluate(f"{SORTED}.querySelector('button').dataset.key") == "sort-received"
            assert await page.evaluate(f"{SORTED}.getAttribute('aria-sort')") == "descending"
            await page.press("Enter")
            assert await page.evaluate(f"{SORTED}.getAttribute('aria-sort')") == "ascending"
            await page.evaluate("document.getElementById('pause').click()")  # pause, and
            await page.evaluate("document.getElementById('pause').click()")  # resume: a refresh
            await page.wait_for(LIVE)
            assert (await page.focused())["key"] == "sort-received"


# Each alert of the alerts page: its head line, summary, and the number of examples it offers.
ALERTS = """[...document.querySelectorAll('ul.alerts > li')].map((li) => ({
    head: li.querySelector('.alert-head').innerText,
    text: li.innerText,
    examples: li.querySelectorAll('details li').length,
}))"""


async def test_an_alert_raised_by_the_side_loop_shows_on_the_alerts_page(chromium, tmp_path):
    steady = [(f"GET /health {i % 50}ms 200", 9) for i in range(200)]
    # New-pattern alerts only: on a loaded machine the steady sends land unevenly in 300 ms
    # windows, and a window holding a whole send after emptier ones may raise a burst alert too.
    config = {"analysis": {"enabled": True, "interval": "300ms"}, "alerts": {"kinds": ["new_pattern"]}}
    async with running_proxy(config) as app:
        async def learnt() -> bool:
            await send_traffic(app, "web", steady)
            return app.loop.fleet_baselines is not None and app.loop.fleet_baselines.windows >= 2

        await eventually(learnt, what="two cycles of steady traffic")
        await send_traffic(app, "web", [(f"ledger write failed for account {i}: AKIAIOSFODNN7EXAMPLE", 17)
                                        for i in range(3)])
        await eventually(lambda: app.store.alerts(), what="the alert in the store")
        async with Cdp.connect(chromium.ws_url) as cdp, cdp.page(width=1366, height=860) as page:
            await page.goto(f"{admin_url(app)}/")
            await show(page, "alerts")
            [alert] = await page.wait_for(f"{ALERTS}.length && {ALERTS}")
            await page.screenshot(tmp_path / "alerts.png")
            assert all(word in alert["head"] for word in ("New error pattern", "web", "ERROR"))
            assert "ledger write failed for account" in alert["text"]
            assert alert["examples"] == 3
            assert "AKIAIOSFODNN7EXAMPLE" not in await page.evaluate("document.body.innerHTML")
            assert await page.evaluate("document.getElementById('alert-count').textContent") == "1"
            assert script_errors(page) == []
