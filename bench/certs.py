"""Throwaway CA, server and client certificates for the bench server: the local
endpoint's own PKI (emulator.certs), made in a temporary folder."""

from __future__ import annotations

from pathlib import Path


def make(dir: Path) -> dict[str, Path]:
    from asm_sdk_emulator.certs import ensure_pki

    pki = ensure_pki(dir)
    return {"ca": pki.ca_file, "server_cert": pki.server_cert_file,
            "server_key": pki.server_key_file, "client": pki.client_file}
