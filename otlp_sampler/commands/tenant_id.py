"""``otlp-sampler tenant-id``: the tenant id of each token read from stdin, one a line.

With ``tenants.mode: passthrough`` the proxy shows a tenant by this id (metrics' ``tenant``
label, ``/readyz``, logs, the admin API's ``?tenant=`` and the policy commands'
``--tenant``), never by its token. Tokens are read from stdin, not from arguments, so they
stay out of the shell history and ``ps``::

    printf %s "$POSTHOG_TOKEN" | otlp-sampler tenant-id
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = 'example: printf %s "$POSTHOG_TOKEN" | otlp-sampler tenant-id'


def run(args: argparse.Namespace) -> int:
    from otlp_sampler.tenants import tenant_id

    tokens = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
    if not tokens:
        print("otlp-sampler tenant-id: no token on stdin (printf %s \"$POSTHOG_TOKEN\" | "
              "otlp-sampler tenant-id)", file=sys.stderr)
        return 2
    for token in tokens:
        print(tenant_id(token))
    return 0
