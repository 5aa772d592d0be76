"""Throw-away TLS material for tests: a CA, a server certificate for localhost, a client certificate.

``make_pki(directory)`` writes PEM files and returns their paths; ``server_ssl_context`` and
``grpc_server_credentials`` turn them into what :mod:`tests.peers.sinks` (or a receiver) serves.
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class Pki:
    ca_file: str
    server_cert: str
    server_key: str
    client_cert: str
    client_key: str


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write_key(path: Path, key) -> None:
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))


def make_pki(directory: str | Path) -> Pki:
    """A fresh CA plus server (localhost, 127.0.0.1) and client certificates it signed."""
    directory = Path(directory)
    now = datetime.datetime.now(datetime.UTC)
    valid_from, valid_to = now - datetime.timedelta(minutes=5), now + datetime.timedelta(days=1)
    ca_name = _name("otlp-sampler test CA")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(valid_from).not_valid_after(valid_to)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=False, encipher_only=False,
            decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    authority = x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key())

    def leaf(common_name: str, usage, san: list[x509.GeneralName] | None):
        key = ec.generate_private_key(ec.SECP256R1())
        builder = (
            x509.CertificateBuilder().subject_name(_name(common_name)).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(valid_from).not_valid_after(valid_to)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
            .add_extension(authority, critical=False)
        )
        if san:
            builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
        return builder.sign(ca_key, hashes.SHA256()), key

    server, server_key = leaf("localhost", ExtendedKeyUsageOID.SERVER_AUTH,
                              [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    client, client_key = leaf("otlp-sampler test client", ExtendedKeyUsageOID.CLIENT_AUTH, None)

    pem = serialization.Encoding.PEM
    paths = Pki(
        ca_file=str(directory / "ca.pem"),
        server_cert=str(directory / "server.pem"), server_key=str(directory / "server-key.pem"),
        client_cert=str(directory / "client.pem"), client_key=str(directory / "client-key.pem"),
    )
    Path(paths.ca_file).write_bytes(ca.public_bytes(pem))
    Path(paths.server_cert).write_bytes(server.public_bytes(pem))
    _write_key(Path(paths.server_key), server_key)
    Path(paths.client_cert).write_bytes(client.public_bytes(pem))
    _write_key(Path(paths.client_key), client_key)
    return paths


def server_ssl_context(pki: Pki, *, require_client_cert: bool = False) -> ssl.SSLContext:
    """An aiohttp server context; with ``require_client_cert`` it demands a cert signed by the CA."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki.server_cert, pki.server_key)
    if require_client_cert:
        context.load_verify_locations(pki.ca_file)
        context.verify_mode = ssl.CERT_REQUIRED
    return context


def grpc_server_credentials(pki: Pki, *, require_client_cert: bool = False):
    import grpc

    return grpc.ssl_server_credentials(
        [(Path(pki.server_key).read_bytes(), Path(pki.server_cert).read_bytes())],
        root_certificates=Path(pki.ca_file).read_bytes() if require_client_cert else None,
        require_client_auth=require_client_cert,
    )
