"""A real headless Chromium (Debian's ``chromium``), driven over the DevTools protocol.

No browser download and no extra package: the process is started with its networking
extras off and a fresh profile, and spoken to over one websocket (aiohttp's client) with
flattened target sessions. Each :class:`Page` lives in its own browser context (its own
storage), records every network request it makes and every script error, and can
evaluate JavaScript, press keys and write screenshots.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
    "--metrics-recording-only", "--disable-domain-reliability", "--hide-scrollbars",
    "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
]

# Input.dispatchKeyEvent needs the Windows key code for keys that act (Tab moves focus).
KEYS = {"Tab": (9, ""), "Enter": (13, "\r"), " ": (32, " "), "Escape": (27, ""),
        "ArrowDown": (40, ""), "ArrowUp": (38, ""), "ArrowRight": (39, ""), "ArrowLeft": (37, "")}


class BrowserError(RuntimeError):
    """Chromium answered a command with an error, or a script threw."""


class Chromium:
    """The browser process with a throw-away profile; ``ws_url`` once started."""

    def __init__(self, executable: str = CHROMIUM) -> None:
        self.executable = executable
        self.profile = Path(tempfile.mkdtemp(prefix="otlp-sampler-chromium-"))
        self.process: subprocess.Popen | None = None
        self.ws_url = ""

    def start(self, timeout: float = 20.0) -> Chromium:
        self.process = subprocess.Popen(
            [self.executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrowserError(f"chromium exited with status {self.process.returncode}")
            with contextlib.suppress(FileNotFoundError, ValueError):
                port, path = port_file.read_text().split()[:2]
                self.ws_url = f"ws://127.0.0.1:{int(port)}{path}"
                return self
            time.sleep(0.05)
        self.stop()
        raise BrowserError(f"chromium did not open its DevTools port within {timeout} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        shutil.rmtree(self.profile, ignore_errors=True)


class Cdp:
    """One websocket to the browser; commands answered by id, events routed by session."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future] = {}
        self._listeners: dict[str, list] = {}
        self._reader = asyncio.create_task(self._read(), name="cdp-reader")

    @classmethod
    @contextlib.asynccontextmanager
    async def connect(cls, ws_url: str) -> AsyncIterator[Cdp]:
        async with aiohttp.ClientSession() as session, session.ws_connect(
                ws_url, max_msg_size=0, autoping=True) as ws:
            cdp = cls(ws)
            try:
                yield cdp
            finally:
                cdp._reader.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await cdp._reader

    async def send(self, method: str, params: dict | None = None, session: str | None = None,
                   timeout: float = 30.0) -> dict:
        message_id = next(self._ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        future = asyncio.get_running_loop().create_future()
        self._waiting[message_id] = future
        await self.ws.send_str(json.dumps(message))
        try:
            answer = await asyncio.wait_for(future, timeout)
        finally:
            self._waiting.pop(message_id, None)
        if "error" in answer:
            raise BrowserError(f"{method}: {answer['error'].get('message')}")
        return answer.get("result", {})

    def on(self, session: str, handler) -> None:
        """``handler(method, params)`` for every event of ``session``."""
        self._listeners.setdefault(session, []).append(handler)

    async def _read(self) -> None:
        async for message in self.ws:
            if message.type != aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(message.data)
            if "id" in data:
                future = self._waiting.get(data["id"])
                if future is not None and not future.done():
                    future.set_result(data)
            else:
                for handler in self._listeners.get(data.get("sessionId", ""), []):
                    handler(data["method"], data.get("params", {}))
        for future in self._waiting.values():
            if not future.done():
                future.set_exception(BrowserError("the browser closed the DevTools connection"))

    @contextlib.asynccontextmanager
    async def page(self, *, width: int = 1280, height: int = 800,
                   mobile: bool = False) -> AsyncIterator[Page]:
        """A fresh tab in a fresh browser context (its own storage), closed afterwards."""
        context = (await self.send("Target.createBrowserContext"))["browserContextId"]
        created = await self.send("Target.createTarget", {"url": "about:blank", "browserContextId": context})
        target = created["targetId"]
        attached = await self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        session = attached["sessionId"]
        page = Page(self, session)
        self.on(session, page._event)
        try:
            for domain in ("Page", "Runtime", "Network", "Log"):
                await page.send(f"{domain}.enable")
            await page.resize(width, height, mobile=mobile)
            yield page
        finally:
            with contextlib.suppress(Exception):
                await self.send("Target.closeTarget", {"targetId": target})
            with contextlib.suppress(Exception):
                await self.send("Target.disposeBrowserContext", {"browserContextId": context})


@dataclass
class Page:
    cdp: Cdp
    session: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    _loaded: asyncio.Event = field(default_factory=asyncio.Event)

    async def send(self, method: str, params: dict | None = None) -> dict:
        return await self.cdp.send(method, params, self.session)

    def _event(self, method: str, params: dict) -> None:
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Page.loadEventFired":
            self._loaded.set()
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            args = params["args"]
            self.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in args))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(params["entry"].get("text", ""))

    async def resize(self, width: int, height: int, *, mobile: bool = False) -> None:
        await self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 2 if mobile else 1, "mobile": mobile})

    async def goto(self, url: str, timeout: float = 15.0) -> None:
        self._loaded.clear()
        answer = await self.send("Page.navigate", {"url": url})
        if answer.get("errorText"):
            raise BrowserError(f"navigating to {url}: {answer['errorText']}")
        await asyncio.wait_for(self._loaded.wait(), timeout)

    async def evaluate(self, expression: str) -> Any:
        answer = await self.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                      "returnByValue": True})
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            raise BrowserError(details.get("exception", {}).get("description") or details.get("text"))
        return answer["result"].get("value")

    async def wait_for(self, expression: str, timeout: float = 10.0) -> Any:
        """The value of ``expression`` once it is truthy; BrowserError after ``timeout``."""
        deadline = time.monotonic() + timeout
        value = None
        while time.monotonic() < deadline:
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.05)
        raise BrowserError(f"still falsy after {timeout} s: {expression} (last value {value!r})")

    async def press(self, key: str, *, shift: bool = False) -> None:
        code, text = KEYS.get(key, (ord(key.upper()[0]), key))
        base = {"key": key, "windowsVirtualKeyCode": code, "modifiers": 8 if shift else 0}
        typed = {"text": text} if text else {}
        await self.send("Input.dispatchKeyEvent", {"type": "keyDown", **base, **typed})
        await self.send("Input.dispatchKeyEvent", {"type": "keyUp", **base})

    async def type(self, text: str) -> None:
        await self.send("Input.insertText", {"text": text})

    async def focused(self) -> dict:
        """What has keyboard focus: tag, id, text, data-key, its label."""
        return await self.evaluate("""(() => {
            const e = document.activeElement;
            if (!e) return null;
            const labelled = e.labels && e.labels[0] ? e.labels[0].innerText.trim() : "";
            const label = e.getAttribute("aria-label") || labelled;
            return {tag: e.tagName.toLowerCase(), id: e.id, key: e.dataset?.key || "", label,
                    text: (e.innerText || e.value || "").trim().slice(0, 80)};
        })()""")

    async def screenshot(self, path: Path) -> Path:
        """The whole page (beyond the viewport) as PNG."""
        metrics = await self.send("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        answer = await self.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(answer["data"]))
        return path
