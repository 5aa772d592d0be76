"""``otlp-sampler check-config FILE``: validate a configuration and show what it resolves to."""

from __future__ import annotations

import argparse
import sys

from otlp_sampler.config import ConfigError, load_config, mask_webhook_url
from otlp_sampler.redact import mask_url, mask_urls


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the YAML config file")
    parser.add_argument("--print", dest="print_resolved", action="store_true",
                        help="print the full resolved configuration (secrets masked)")


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.file)
    except ConfigError as exc:
        print(exc, file=sys.stderr)  # it names the file
        return 1
    exporter = config.resolved_exporter()
    print(f"{args.file}: OK")
    # The endpoint may carry PostHog's ?token=: masked like the headers below.
    target = mask_url(exporter.endpoint) if exporter.endpoint else "stdout"
    print(f"  exporter: {exporter.protocol} -> {target}")
    print(f"  policy generator: {config.policy_generator.kind}; store: {config.store.kind}")
    if args.print_resolved:
        import yaml

        data = config.model_dump(mode="json")
        for header in data["exporter"]["headers"]:
            data["exporter"]["headers"][header] = "***"
        if data["policy_generator"]["llm"].get("api_key"):
            data["policy_generator"]["llm"]["api_key"] = "***"
        if data["admin"].get("token"):
            data["admin"]["token"] = "***"
        data["receivers"]["auth_tokens"] = ["***" for _ in data["receivers"]["auth_tokens"]]
        data["sampling"]["trusted_upstreams"] = ["***" for _ in data["sampling"]["trusted_upstreams"]]
        data["tenants"]["allow"] = ["***" for _ in data["tenants"]["allow"]]
        for hook in data["alerts"]["webhooks"]:
            hook["url"] = mask_webhook_url(hook["url"])  # a Slack webhook's path is its secret
            hook["headers"] = {name: "***" for name in hook["headers"]}
        # Every other URL: the exporter's ?token=, store.url's Redis password, an LLM base_url's user.
        print(yaml.safe_dump(mask_urls(data), sort_keys=False))
    return 0
