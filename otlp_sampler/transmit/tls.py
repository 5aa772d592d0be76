"""Client TLS for the exporters, from ``exporter.tls``."""

from __future__ import annotations

import ssl
from pathlib import Path

import grpc

from otlp_sampler.config import TLSClientConfig


def client_ssl_context(tls: TLSClientConfig) -> ssl.SSLContext:
    """An ``ssl.SSLContext`` for aiohttp: system roots plus ``ca_file``, optional client cert."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if tls.ca_file:
        context.load_verify_locations(cafile=tls.ca_file)
    if tls.cert_file:
        context.load_cert_chain(tls.cert_file, tls.key_file or None)
    if tls.insecure_skip_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def grpc_channel_credentials(tls: TLSClientConfig) -> grpc.ChannelCredentials:
    """gRPC channel credentials: ``ca_file`` as roots (system roots when unset), optional client cert.

    gRPC's Python API cannot skip verification: with ``insecure_skip_verify`` the gRPC
    exporter logs that it still verifies (give it the server's CA in ``ca_file`` instead).
    """

    def read(path: str | None) -> bytes | None:
        return Path(path).read_bytes() if path else None

    return grpc.ssl_channel_credentials(
        root_certificates=read(tls.ca_file),
        private_key=read(tls.key_file),
        certificate_chain=read(tls.cert_file),
    )
