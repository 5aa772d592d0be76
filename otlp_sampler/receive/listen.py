"""Where a receiver listens: endpoint strings and server-side TLS material."""

from __future__ import annotations

import ssl
from pathlib import Path

from otlp_sampler.config import TLSServerConfig


def split_endpoint(endpoint: str) -> tuple[str | None, int]:
    """``"0.0.0.0:4318"`` -> ``("0.0.0.0", 4318)``; ``"[::]:4318"`` -> ``("::", 4318)``;
    ``":4318"`` -> ``(None, 4318)`` (every interface)."""
    host, sep, port = endpoint.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"endpoint {endpoint!r} is not host:port")
    host = host.strip("[]")
    return (host or None), int(port)


def server_ssl_context(tls: TLSServerConfig) -> ssl.SSLContext | None:
    """A TLS context for an asyncio server, or None when TLS is off; a client CA turns on mTLS."""
    if not tls.enabled:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tls.cert_file, tls.key_file)
    if tls.client_ca_file:
        context.load_verify_locations(tls.client_ca_file)
        context.verify_mode = ssl.CERT_REQUIRED
    return context


def grpc_server_credentials(tls: TLSServerConfig):
    """gRPC server credentials, or None when TLS is off; a client CA turns on mTLS."""
    if not tls.enabled:
        return None
    import grpc

    client_ca = Path(tls.client_ca_file).read_bytes() if tls.client_ca_file else None
    return grpc.ssl_server_credentials(
        [(Path(tls.key_file).read_bytes(), Path(tls.cert_file).read_bytes())],
        root_certificates=client_ca,
        require_client_auth=client_ca is not None,
    )
