"""What `import generated` loads, in a fresh interpreter: only what every program needs.

urllib3 (with ssl, http.client, email) is loaded when the first client is built, and
`cryptography` only for a PKCS#12 certificate (a `.pfx` or a `.publishsettings` file): a
client with a PEM certificate never loads it.  aiohttp (the `aio` extra) is for the asyncio
clients only: neither `import generated` nor a sync client loads it.  Timings are `make bench`'s job
(bench/imports.py); these tests pin which modules are loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import make_cert_pem

ROOT = Path(__file__).resolve().parent.parent


def loaded_after(code: str, *names: str) -> list[str]:
    """The `names` (and their submodules) present in sys.modules after running `code`."""
    probe = (f"{code}\nimport sys\n"
             f"print(sorted(n for n in {list(names)!r} "
             "if any(m == n or m.startswith(n + '.') for m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return eval(out.stdout)  # a printed list of str


def test_import_generated_leaves_out_cryptography():
    subprocess.run([sys.executable, "-c",
                    "import generated, sys; assert 'cryptography' not in sys.modules"],
                   cwd=ROOT, check=True, timeout=120)


def test_import_generated_leaves_out_urllib3_ssl_and_the_tooling():
    subprocess.run([sys.executable, "-c",
                    "import generated, sys; assert 'urllib3' not in sys.modules"],
                   cwd=ROOT, check=True, timeout=120)
    assert loaded_after("import generated", "urllib3", "ssl", "http.client", "cryptography",
                        "attrs", "dataclasses", "xmlschema", "jinja2", "asm_sdk_codegen",
                        "asm_sdk_emulator", "aiohttp", "yarl", "multidict",
                        "asm_sdk_runtime.aio_transport") == []


def test_import_generated_never_loads_the_async_client():
    assert loaded_after("import generated", "asyncio", "aiohttp", "generated.aio",
                        "asm_sdk_runtime.aio", "asm_sdk_runtime.aio_transport") == []
    assert loaded_after("from generated import *", "asyncio", "aiohttp") == []
    # generated.aio loads aiohttp only when a client is made (the `aio` extra).
    assert loaded_after("import generated.aio", "aiohttp", "asm_sdk_runtime.aio_transport",
                        "urllib3") == []


def test_a_client_loads_the_areas_of_its_operations_only():
    code = "from generated import SchedulerManagementService"
    assert loaded_after(code, "generated.scheduler", "generated.hosted_services",
                        "generated.common") == ["generated.common", "generated.scheduler"]


def test_star_import_builds_the_models_but_still_no_transport():
    assert loaded_after("from generated import *", "attrs", "urllib3", "cryptography") == \
        ["attrs"]


def test_a_client_with_a_pem_certificate_loads_urllib3_but_not_cryptography(tmp_path):
    pem = make_cert_pem(tmp_path / "c.pem")
    code = ("from generated import ServiceManagementService\n"
            f"ServiceManagementService('sub', {str(pem)!r})")
    assert loaded_after(code, "urllib3", "ssl", "cryptography", "aiohttp") == ["ssl", "urllib3"]


def test_a_pkcs12_certificate_loads_cryptography_when_it_is_read(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import (NoEncryption,
                                                              load_pem_private_key, pkcs12)
    pem = make_cert_pem(tmp_path / "c.pem").read_bytes()
    pfx = tmp_path / "c.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"c", load_pem_private_key(pem, None), x509.load_pem_x509_certificate(pem), None,
        NoEncryption()))
    code = ("from generated import ServiceManagementService\n"
            f"ServiceManagementService('sub', {str(pfx)!r})")
    assert loaded_after(code, "cryptography") == ["cryptography"]


def test_token_authentication_is_loaded_only_by_clients_that_use_it():
    assert loaded_after("import generated", "asm_sdk_runtime.credentials",
                        "asm_sdk_runtime.session") == []
    code = ("from generated import ServiceManagementService\n"
            "class Cred:\n"
            "    def get_token(self, *scopes, **kw): return ('t', 0)\n"
            "ServiceManagementService('sub', credential=Cred())")
    assert loaded_after(code, "asm_sdk_runtime.credentials", "asm_sdk_runtime.session",
                        "cryptography", "azure.core", "azure.identity") == \
        ["asm_sdk_runtime.credentials"]


def test_a_sync_client_never_loads_aiohttp(tmp_path):
    """Built, and making calls (against nothing: the connection is refused), with every
    sync client class and the star import."""
    pem = make_cert_pem(tmp_path / "c.pem")
    code = ("import generated\nfrom generated import *\n"
            "from generated import ServiceManagementService, AzureConnectionError, RetryPolicy\n"
            f"sms = ServiceManagementService('sub', {str(pem)!r}, host='127.0.0.1:1',\n"
            "                               retry=RetryPolicy(max_attempts=1))\n"
            "try:\n    sms.list_locations()\nexcept AzureConnectionError:\n    pass\n"
            "for name in generated.__all__:\n"
            "    if name.endswith('ManagementService') and name != 'ServiceManagementService':\n"
            f"        getattr(generated, name)('sub', {str(pem)!r}).close()\n")
    assert loaded_after(code, "aiohttp", "yarl", "multidict", "asm_sdk_runtime.aio_transport") \
        == []
