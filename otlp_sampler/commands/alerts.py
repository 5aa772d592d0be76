"""``otlp-sampler alerts``: the alerts a running proxy raised, newest first, from its admin API.

A table by default (``--full``: each alert with its template, examples, explanation and
deliveries; ``--json``: the API's answer as it is). ``--service``, ``--kind``, ``--tenant`` and
``--limit`` are passed on to ``GET /api/v1/alerts``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any
from urllib.parse import urlencode

from otlp_sampler.commands.policy import DEFAULT_ADMIN, AdminClient, CliError, print_table
from otlp_sampler.commands.text import clip

KINDS = ("new_pattern", "error_share", "burst")  # AnomalyKind's values (its module would load pydantic)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--admin", default=DEFAULT_ADMIN, metavar="URL",
                        help=f"admin API of the running proxy (default {DEFAULT_ADMIN})")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds to wait for an answer (default 30)")
    parser.add_argument("--service", default=None, help="only this service's alerts")
    parser.add_argument("--kind", choices=KINDS, default=None, help="only alerts of this kind")
    parser.add_argument("--tenant", default=None, metavar="ID",
                        help="only this tenant's alerts, its services by their own names (passthrough)")
    parser.add_argument("--limit", type=int, default=20, help="how many (default 20, at most 1000)")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--full", action="store_true",
                       help="each alert in full: template, examples, explanation, deliveries")
    shown.add_argument("--json", action="store_true", help="print the API's JSON")


def run(args: argparse.Namespace) -> int:
    query = {"limit": min(max(args.limit, 1), 1000)}
    query.update({k: v for k, v in (("service", args.service), ("kind", args.kind), ("tenant", args.tenant))
                  if v is not None})
    client = AdminClient(args.admin, timeout=args.timeout)  # a read: no token needed
    try:
        alerts = client.get(f"/api/v1/alerts?{urlencode(query)}")
    except CliError as exc:
        print(f"otlp-sampler alerts: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(alerts, indent=2, ensure_ascii=False))
    elif not alerts:
        print("no alerts" + (" matching the filters" if len(query) > 1 else " raised yet"))
    elif args.full:
        for alert in alerts:
            print_alert(alert)
    else:
        rows = [("ID", "RAISED", "KIND", "SERVICE", "DELIVERY", "SUMMARY")]
        rows += [(str(a["id"]), _when(a["raised_at"]), a["kind"], clip(a["service"], 24), delivered(a),
                  clip(a["summary"], 90)) for a in alerts]
        print_table(rows)
    return 0


def print_alert(alert: dict[str, Any]) -> None:
    print(f"#{alert['id']}  {_when(alert['raised_at'])}  {alert['kind']}  {alert['service']}")
    print(f"  {alert['summary']}")
    if alert.get("template"):
        pattern = f" ({alert['pattern_id']})" if alert.get("pattern_id") else ""
        print(f"  template{pattern}: {alert['template']}")
    if alert.get("first_seen"):
        print(f"  first seen: {_when(alert['first_seen'])}")
    for example in alert.get("examples", []):
        print(f"  example: {clip(example, 200)}")
    status = alert.get("explanation_status", "off")
    if alert.get("explanation"):
        print(f"  explanation ({status}, from the model, unverified):")
        for line in alert["explanation"].splitlines():
            print(f"    {line}")
    elif status != "off":
        print(f"  explanation: {status}")
    for delivery in alert.get("delivery", []):
        error = f", {delivery['error']}" if delivery.get("error") and delivery["status"] != "sent" else ""
        print(f"  webhook {delivery['webhook']} ({delivery['format']}): {delivery['status']}, "
              f"{delivery['attempts']} attempt(s){error}")
    print()


def delivered(alert: dict[str, Any]) -> str:
    """``sent 2/2``, ``failed 1/2``...: the worst status and how many webhooks reached it."""
    deliveries = alert.get("delivery", [])
    if not deliveries:
        return "-"
    statuses = [d["status"] for d in deliveries]
    for status in ("failed", "dropped", "pending", "sent"):
        if status in statuses:
            return f"{status} {statuses.count(status)}/{len(statuses)}"
    return statuses[0]


def _when(iso: str) -> str:
    return iso[:19].replace("T", " ")
