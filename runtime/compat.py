"""Helpers under the predecessor SDK's names, for code written for it.

Kept apart from the modules they use so `import generated` does not load them: each
imports what it needs when first called.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AsynchronousOperationResult

__all__ = ["get_certificate_from_publish_settings", "parse_response_for_async_op"]


def parse_response_for_async_op(response: Any) -> AsynchronousOperationResult | None:
    """The `AsynchronousOperationResult` of a raw response: what `perform_put`,
    `perform_post` and `perform_delete` return, as the predecessor SDK's helper of this name
    read it.  `request_id` is the response's `x-ms-request-id` (None when it has none),
    `status_code` its HTTP status; pass the id to `wait_for_operation_status`.

    `None` gives `None`.  Headers may be a mapping (ours: any case of the name) or a list of
    `(name, value)` pairs (the predecessor's `HTTPResponse`).
    """
    from .client import AsynchronousOperationResult

    if response is None:
        return None
    headers = getattr(response, "headers", None) or ()
    pairs = headers.items() if hasattr(headers, "items") else headers
    request_id = next((value for name, value in pairs
                       if str(name).lower() == "x-ms-request-id"), None)
    return AsynchronousOperationResult(request_id, getattr(response, "status", None))


def get_certificate_from_publish_settings(publish_settings_path: str | os.PathLike[str],
                                         path_to_write_certificate: str | os.PathLike[str],
                                         subscription_id: str | None = None) -> str:
    """Write the management certificate of one subscription of a `.publishsettings` file to
    `path_to_write_certificate` as PEM (certificate, then its private key, unencrypted, as
    the predecessor SDK wrote it) and return the subscription id as the file spells it.

    The file is created with mode 0600 (an existing file is truncated and set to 0600 before
    anything is written), since it holds a key: `ServiceManagementService(subscription_id,
    path)` reads it.  `subscription_id` picks the subscription (case-insensitive); None takes
    the file's first.  Raises `AzureConfigurationError` (a `ValueError`, as the predecessor
    raised) for an unknown subscription id or an unusable file.
    `runtime.publishsettings.load_publish_settings` gives ready clients without writing the
    key to disk.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from .errors import AzureConfigurationError
    from .publishsettings import read_publish_settings

    if publish_settings_path is None or path_to_write_certificate is None:
        raise ValueError("publish_settings_path and path_to_write_certificate are required")
    label = os.fspath(publish_settings_path)
    found = read_publish_settings(label)
    if subscription_id:
        chosen = [s for s in found if s.id.lower() == subscription_id.lower()]
        if not chosen:
            raise AzureConfigurationError(
                f"subscription {subscription_id!r} is not in {label!r} (it has "
                f"{', '.join(s.id for s in found)})")
        sub = chosen[0]
    else:
        sub = found[0]
    what = f"{label}: subscription {sub.id} ({sub.name!r})"
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(sub.certificate, None)
    except ValueError as exc:
        raise AzureConfigurationError(
            f"{what}: ManagementCertificate is not a readable PKCS#12 certificate without a "
            f"password: {exc}") from None
    if key is None or cert is None:
        raise AzureConfigurationError(
            f"{what}: ManagementCertificate must hold a certificate and its private key")
    pem = cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    fd = os.open(path_to_write_certificate, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)        # an existing file keeps its mode otherwise
        with os.fdopen(fd, "wb") as fh:
            fd = -1                     # the file object closes it from here on
            fh.write(pem)
    finally:
        if fd != -1:
            os.close(fd)
    return sub.id
