"""Where a receiver listens: endpoint strings, whether a port is taken, server-side TLS material."""

from __future__ import annotations

import socket
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


def ensure_free(endpoint: str, what: str) -> None:
    """Raise OSError ("<what> cannot listen on <endpoint>: Address already in use") when a
    socket already listens on ``endpoint``; port 0 is always free.

    The probe binds as the servers do by default: SO_REUSEADDR (a port in TIME_WAIT is
    free) but not SO_REUSEPORT, which only ``serve --workers`` uses to share its ports.
    """
    host, port = split_endpoint(endpoint)
    if port == 0:
        return
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise OSError(f"{what} cannot listen on {endpoint}: {exc.strerror}") from None
    for family, kind, proto, _, address in addresses:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                raise OSError(exc.errno, f"{what} cannot listen on {endpoint}: {exc.strerror}") from None


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
