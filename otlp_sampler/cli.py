"""The ``otlp-sampler`` command line.

Each command is a module of ``otlp_sampler/commands/`` with two functions,
``add_arguments(parser)`` and ``run(args) -> int``; this file only dispatches, importing
a command's module when that command runs so start-up stays fast.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from typing import NoReturn

COMMANDS = {
    "serve": ("otlp_sampler.commands.serve", "run the proxy"),
    "check-config": ("otlp_sampler.commands.check_config", "validate a config file and print the result"),
    "analyze": ("otlp_sampler.commands.analyze", "find the patterns in a log file and project savings"),
    "demo": ("otlp_sampler.commands.demo", "run the proxy on generated traffic and show what it saves"),
    "bench": ("otlp_sampler.commands.bench", "measure throughput and latency: pass-through vs sampling"),
    "eval": ("otlp_sampler.commands.eval", "measure what each policy generator keeps of a labelled workload"),
    "policy": ("otlp_sampler.commands.policy", "show, explain, validate, apply or roll back policies"),
    "alerts": ("otlp_sampler.commands.alerts", "list the alerts a running proxy raised on anomalies"),
    "tenant-id": ("otlp_sampler.commands.tenant_id", "print the tenant id of tokens on stdin (passthrough)"),
}


def _version() -> str:
    from otlp_sampler import __version__

    return f"otlp-sampler {__version__}"


# What `pip install otlp-sampler` (the SDK alone) lacks of the proxy's dependencies.
SERVER_MODULES = ("yaml", "pydantic", "pydantic_settings", "prometheus_client", "aiohttp", "fastapi",
                  "uvicorn", "numpy", "sklearn", "redis", "openai", "grpc_status", "detect_secrets")


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except ModuleNotFoundError as exc:
        if exc.name not in SERVER_MODULES:
            raise
        print(f"otlp-sampler: the proxy needs its server dependencies ({exc.name} is missing): "
              "pip install 'otlp-sampler[server]'", file=sys.stderr)
        return 1


def run() -> NoReturn:
    """The process's entry point (``otlp-sampler``, ``python -m otlp_sampler``): :func:`main`, then exit.

    Before exiting, every object is moved out of the garbage collector's reach: the
    interpreter's last collections would walk all that the stages built (the miner's rules,
    the config and API models), ~0.35 s at every stop of the proxy, to free memory the
    exiting process hands back anyway. Objects are still released by their reference counts.
    """
    code = main()
    gc.freeze()
    raise SystemExit(code)


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="otlp-sampler", description="An OTLP log sampling proxy.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = argv[0] if argv and argv[0] in COMMANDS else None
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        command_parser.set_defaults(_module=module_name)
        if name == chosen:
            importlib.import_module(module_name).add_arguments(command_parser)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    module = importlib.import_module(args._module)
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        return 130
