"""``otlp-sampler policy show | history | explain | validate FILE | apply FILE | rollback N | regenerate``.

``--tenant ID`` (show, explain, apply, rollback; ``tenants.mode: passthrough``): one
tenant's services by their own names, through the admin API's ``?tenant=``.

Everything but ``validate`` talks to a running proxy's admin API (``--admin``, default
http://127.0.0.1:8888); writes send ``--token`` or ``$OTLP_SAMPLER_ADMIN_TOKEN`` as a
Bearer token. ``validate`` works offline: it parses the file and runs the guards in
manual mode with the sampling settings of ``--config`` (defaults otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from otlp_sampler.commands.text import clip, human_bytes

DEFAULT_ADMIN = "http://127.0.0.1:8888"
TOKEN_ENV = "OTLP_SAMPLER_ADMIN_TOKEN"
NO_POLICY = "no policy yet: the dynamic sampler decides"  # the admin API's 404, word for word
PATTERNS_LIMIT = 100_000  # the admin API's largest page of patterns


class CliError(Exception):
    """A failure to report in one line (plus listed problems), without a traceback."""

    def __init__(self, message: str, problems: list[str] | None = None, *, status: int | None = None,
                 detail: str = "") -> None:
        super().__init__(message)
        self.problems = problems or []
        self.status = status  # the admin API's HTTP status, when it answered
        self.detail = detail  # and its explanation


# --------------------------------------------------------------------------- arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--admin", default=DEFAULT_ADMIN, metavar="URL",
                        help=f"admin API of the running proxy (default {DEFAULT_ADMIN})")
    common.add_argument("--token", default=None,
                        help=f"admin token for writes (default ${TOKEN_ENV}); needed when admin.token is set")
    common.add_argument("--timeout", type=float, default=60.0,
                        help="seconds to wait for an answer (default 60)")
    # tenants.mode passthrough: one tenant's services (by its id, never its token), docs/posthog.md
    scoped = argparse.ArgumentParser(add_help=False)
    scoped.add_argument("--tenant", default=None, metavar="ID",
                        help="a tenant's id (tenants.mode passthrough): its services only, by their own "
                             "names; apply and rollback change that tenant's rules alone")
    sub = parser.add_subparsers(dest="policy_command", metavar="ACTION", required=True)

    show = sub.add_parser("show", parents=[common, scoped], help="print the policy in force (JSON)")
    show.add_argument("--version", type=int, default=None, metavar="N", help="a stored version instead")
    show.add_argument("--yaml", action="store_true", help="print YAML instead of JSON")

    history = sub.add_parser("history", parents=[common], help="list stored versions, newest first")
    history.add_argument("--limit", type=int, default=20, help="how many (default 20)")
    history.add_argument("--json", action="store_true", help="print JSON")

    explain = sub.add_parser("explain", parents=[common, scoped],
                             help="each rule with its rate, volume share, projected savings and reason")
    explain.add_argument("--json", action="store_true", help="print JSON")

    validate = sub.add_parser("validate", help="check a policy file offline (shape and guards)")
    validate.add_argument("file", help="policy file, JSON or YAML")
    validate.add_argument("--config", default=None, help="config file whose sampling settings apply")

    apply = sub.add_parser("apply", parents=[common, scoped], help="apply a policy file as a manual policy")
    apply.add_argument("file", help="policy file, JSON or YAML")

    rollback = sub.add_parser("rollback", parents=[common, scoped],
                              help="save a new version with an old one's rules")
    rollback.add_argument("version", type=int, help="the version to restore")

    sub.add_parser("regenerate", parents=[common], help="generate a new policy now")


def run(args: argparse.Namespace) -> int:
    action = args.policy_command
    try:
        if action == "validate":
            return validate_file(args.file, args.config)
        client = AdminClient(args.admin, token=args.token or os.environ.get(TOKEN_ENV), timeout=args.timeout)
        return ACTIONS[action](client, args)
    except CliError as exc:
        print(f"otlp-sampler policy {action}: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1


# --------------------------------------------------------------------------- HTTP


class AdminClient:
    """A small blocking client of the admin API (stdlib only)."""

    def __init__(self, base_url: str, *, token: str | None = None, timeout: float = 60.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def request(self, method: str, path: str, body: bytes | None = None,
                content_type: str = "application/json") -> Any:
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = content_type
        if self.token and method != "GET":
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.base_url + path, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            raise _http_error(exc) from None
        except urllib.error.URLError as exc:
            raise CliError(f"cannot reach the admin API at {self.base_url}: {exc.reason} "
                           "(is `otlp-sampler serve` running? use --admin URL)") from None
        except (TimeoutError, OSError) as exc:
            raise CliError(f"no answer from the admin API at {self.base_url}: {exc}") from None
        except ValueError:
            raise CliError(f"{self.base_url}{path} did not answer JSON; is --admin the admin API?") from None

    def get(self, path: str) -> Any:
        return self.request("GET", path)

    def post(self, path: str) -> Any:
        return self.request("POST", path, b"")


def _http_error(exc: urllib.error.HTTPError) -> CliError:
    try:
        data = json.loads(exc.read() or b"{}")
    except ValueError:
        data = {}
    detail = data.get("detail") if isinstance(data, dict) else None
    if isinstance(detail, list):  # FastAPI's request validation errors
        detail = "; ".join(str(item.get("msg", item)) for item in detail)
    problems = data.get("problems", []) if isinstance(data, dict) else []
    if exc.code == 401:
        detail = f"{detail or 'unauthorized'} (pass --token or set ${TOKEN_ENV})"
    return CliError(f"HTTP {exc.code}: {detail or exc.reason}",
                    [p for p in problems if p != detail], status=exc.code, detail=str(detail or ""))


# --------------------------------------------------------------------------- actions


def _tenant(args: argparse.Namespace, joiner: str = "?") -> str:
    """The ``tenant=`` query part for ``--tenant`` ('' without it)."""
    tenant = getattr(args, "tenant", None)
    return f"{joiner}tenant={urllib.parse.quote(tenant)}" if tenant else ""


def show(client: AdminClient, args: argparse.Namespace) -> int:
    path = "/api/v1/policy" if args.version is None else f"/api/v1/policy/history/{args.version}"
    doc = client.get(path + (_tenant(args) if args.version is None else ""))
    if args.version is not None and args.tenant:  # a stored version, narrowed here as the API does
        prefix = f"{args.tenant}/"
        doc["services"] = {name[len(prefix):]: rules for name, rules in doc.get("services", {}).items()
                           if name.startswith(prefix)}
    if args.yaml:
        import yaml

        print(yaml.safe_dump(doc, sort_keys=False), end="")
    else:
        print(json.dumps(doc, indent=2))
    return 0


def history(client: AdminClient, args: argparse.Namespace) -> int:
    rows = client.get(f"/api/v1/policy/history?limit={max(args.limit, 1)}")
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print(NO_POLICY)
        return 0
    table = [("VERSION", "CREATED", "GENERATOR", "RULES", "TARGET", "ESTIMATED", "NOTE")]
    for row in rows:
        generator = row["generator_kind"]
        if row.get("generator_model"):
            generator += f" ({row['generator_model']})"
        note = f"rollback of v{row['rollback_of']}" if row.get("rollback_of") else ""
        created = row["created_at"][:19].replace("T", " ")
        table.append((str(row["version"]), created, generator, str(row["rules"]),
                      _percent(row.get("target_reduction")), _percent(row.get("estimated_reduction")), note))
    print_table(table)
    return 0


def explain(client: AdminClient, args: argparse.Namespace) -> int:
    try:
        data = client.get("/api/v1/policy/explain" + _tenant(args))
    except CliError as exc:
        if exc.status != 404 or not exc.detail.startswith(NO_POLICY) or args.json:
            raise
        return explain_dynamic(client, tenant=_tenant(args, "&"))
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    price = data["price_per_gb"]
    print(f"policy v{data['version']} ({data['generator_kind']}): "
          f"input {human_bytes(data['bytes_in_per_s'])}/s, "
          f"projected savings {human_bytes(data['saved_bytes_per_s'])}/s = "
          f"${data['saved_per_month']:,.2f}/month at ${price:g}/GB")
    if not data["rules"]:
        print("no rules: every pattern takes the dynamic sampler's rate")
        return 0
    table = [("RATE", "SHARE", "SAVED/MONTH", "TIER", "SERVICE", "PATTERN", "TEMPLATE", "REASON")]
    for rule in data["rules"]:
        saved = rule.get("saved_per_month")
        table.append((
            f"{rule['rate']:g}" + (f" ≤{rule['max_per_second']:g}/s" if rule.get("max_per_second") else ""),
            _percent(rule.get("volume_share")),
            "-" if saved is None else f"${saved:,.2f}",
            rule.get("tier") or "-",
            rule["service"], rule.get("pattern_id") or "(default)", clip(rule["template"], 60),
            clip(rule["reason"], 60),
        ))
    print_table(table)
    unseen = sum(1 for rule in data["rules"] if rule.get("records_per_s") is None)
    if unseen:
        print(f"({unseen} rule(s) match no pattern seen in the last window: share and savings shown as -)")
    return 0


def explain_dynamic(client: AdminClient, shown: int = 20, *, tenant: str = "") -> int:
    """Before any policy: what the dynamic sampler has kept since start, per service, and of
    each pattern in the last analysis window when there is one."""
    print(NO_POLICY)
    since = client.get("/api/v1/savings" + tenant.replace("&", "?", 1))["since_start"]
    if not since["records_in"]:
        print("no records received yet")
        return 0
    print(f"since start: {since['records_in']:,.0f} records in, {since['records_out']:,.0f} kept, "
          f"{_percent(since['reduction'])} fewer bytes")
    table = [("SERVICE", "RECORDS IN", "KEPT", "BYTES CUT")]
    for row in sorted(since["services"], key=lambda row: -row["bytes_in"]):
        table.append((row["service"], f"{row['records_in']:,.0f}", f"{row['records_out']:,.0f}",
                      _percent(row["reduction"])))
    print_table(table)
    patterns = client.get(f"/api/v1/patterns?limit={PATTERNS_LIMIT}{tenant}")
    seen = [p for p in patterns if p.get("records_per_s")]
    if not seen:
        return 0
    bytes_in = sum(p["bytes_per_s"] for p in seen)
    print(f"\nlast analysis window, heaviest patterns first (input {human_bytes(bytes_in)}/s):")
    table = [("KEPT", "RECORDS/S", "SHARE", "SERVICE", "PATTERN", "TEMPLATE")]
    for pattern in seen[:shown]:
        table.append((
            _percent(pattern["kept_records_per_s"] / pattern["records_per_s"]),
            f"{pattern['records_per_s']:,.1f}",
            _percent(pattern["bytes_per_s"] / bytes_in if bytes_in else None),
            pattern["service"], pattern["pattern_id"], clip(pattern["template"], 60),
        ))
    print_table(table)
    if len(seen) > shown:
        print(f"... {len(seen) - shown:,} more patterns (GET /api/v1/patterns lists them)")
    return 0


def apply(client: AdminClient, args: argparse.Namespace) -> int:
    path = Path(args.file)
    body = _read(path)
    kind = "application/yaml" if path.suffix.lower() in (".yaml", ".yml") else "application/json"
    doc = client.request("PUT", "/api/v1/policy" + _tenant(args), body, content_type=kind)
    whose = f" (tenant {args.tenant})" if args.tenant else ""
    print(f"{path}: applied as version {doc['version']}{whose}")
    return 0


def rollback(client: AdminClient, args: argparse.Namespace) -> int:
    doc = client.post(f"/api/v1/policy/rollback/{args.version}" + _tenant(args))
    whose = f"tenant {args.tenant}'s rules of " if args.tenant else ""
    print(f"{whose}version {args.version} restored as version {doc['version']}")
    return 0


def regenerate(client: AdminClient, args: argparse.Namespace) -> int:
    doc = client.post("/api/v1/policy/regenerate")
    rules = sum(len(service.get("patterns", {})) for service in doc.get("services", {}).values())
    estimate = doc.get("estimate") or {}
    reduction = f", estimated reduction {_percent(estimate.get('reduction'))}" if estimate else ""
    print(f"version {doc['version']} ({doc['generator']['kind']}): {rules} rules{reduction}")
    return 0


def validate_file(file: str, config_file: str | None) -> int:
    """Parse ``file`` and run the guards in manual mode; print the verdict, 1 if invalid."""
    from otlp_sampler.config import Config, ConfigError, load_config
    from otlp_sampler.policy import parse_policy
    from otlp_sampler.policy.manual import manual_policy_problems

    try:
        config = load_config(config_file) if config_file else Config()
    except ConfigError as exc:
        raise CliError(str(exc)) from None
    text = _read(Path(file))
    problems = manual_policy_problems(text, sampling=config.sampling, generator=config.policy_generator)
    if problems:
        print(f"{file}: {len(problems)} problem(s)", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    doc = parse_policy(text)
    rules = sum(len(service.patterns) for service in doc.services.values())
    print(f"{file}: OK ({rules} rule(s) across {len(doc.services)} service(s))")
    return 0


ACTIONS = {"show": show, "history": history, "explain": explain, "apply": apply, "rollback": rollback,
           "regenerate": regenerate}


# --------------------------------------------------------------------------- formatting


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
