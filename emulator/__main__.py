"""`python -m asm_sdk_emulator` / `asm-emulator`: run the local Service Management endpoint."""

from __future__ import annotations

import argparse
import logging
import shlex
import signal
import sys
import threading
from pathlib import Path

from .app import DEFAULT_SPEC, DEFAULT_SUBSCRIPTION, latency_seconds
from .identity import DEFAULT_TOKEN_LIFETIME
from .server import (CONFIG_FILE, DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_CONNECTIONS, Emulator,
                     connection_limit, default_state_dir, header_seconds)
from .states import StateOptions, parse_delays


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="asm-emulator",
        description="Local Azure Service Management endpoint (HTTPS with mutual TLS) for the "
                    "asm-sdk: implements the operations of the feature guide from the SDK's spec.")
    ap.add_argument("--port", type=int, default=0,
                    help="TCP port on 127.0.0.1 (default 0: a free port, see the config file)")
    ap.add_argument("--state-dir", type=Path, default=None,
                    help=f"certificates, config and database (default {default_state_dir()})")
    ap.add_argument("--config", type=Path, default=None,
                    help=f"where to write the JSON config (default STATE_DIR/{CONFIG_FILE})")
    ap.add_argument("--db", type=Path, default=None,
                    help="SQLite file for the state (default: state in memory only)")
    ap.add_argument("--persist", action="store_true",
                    help="keep the state in STATE_DIR/state.sqlite3 (same as --db with that path)")
    ap.add_argument("--subscription-id", default=DEFAULT_SUBSCRIPTION,
                    help="the one subscription served (default %(default)s)")
    ap.add_argument("--operation-delay", type=float, default=0.5,
                    help="seconds an asynchronous operation stays InProgress (default 0.5)")
    ap.add_argument("--fail-marker", default="asyncfail",
                    help="asynchronous requests whose URI or body contain this text are accepted "
                         "and then end Failed (default %(default)s; '' disables)")
    ap.add_argument("--state-delay", type=float, default=0.0,
                    help="seconds resources stay in each transitional state (CreatingVM, "
                         "StartingVM, Deploying, Creating, ...; default 0: final at once)")
    ap.add_argument("--state-delay-for", action="append", default=[], metavar="KIND=S",
                    help="the state delay of one kind of resource: role, deployment, image "
                         "or storage (repeatable; overrides --state-delay)")
    ap.add_argument("--token-lifetime", type=_positive, default=DEFAULT_TOKEN_LIFETIME,
                    metavar="SECONDS",
                    help="lifetime of the access tokens its Azure AD stand-in issues "
                         "(default %(default).0f)")
    ap.add_argument("--latency", type=_milliseconds, default=0.0, metavar="MS",
                    help="milliseconds every request waits before it is served, each on its "
                         "own, so concurrent requests overlap as over a network "
                         "(default 0)")
    ap.add_argument("--max-connections", type=_connections, default=DEFAULT_MAX_CONNECTIONS,
                    metavar="N",
                    help="connections served at once; more are answered 503 ServerBusy "
                         "and closed (default %(default)s)")
    ap.add_argument("--header-timeout", type=_header_timeout, default=DEFAULT_HEADER_TIMEOUT,
                    metavar="SECONDS",
                    help="seconds a client has to send a request line and its headers "
                         "(counted from the connection or the previous answer; "
                         "default %(default).0f)")
    ap.add_argument("--spec", type=Path, default=DEFAULT_SPEC,
                    help="serve this spec directory, compiled at start-up (needs xmlschema; "
                         "default: the spec compiled by `make generate`)")
    ap.add_argument("-v", "--verbose", action="count", default=0,
                    help="log each request: method, path, status, milliseconds and the "
                         "authentication scheme, never a credential (-v); also its "
                         "headers (credentials shown by scheme only), body size and TLS "
                         "details (-vv)")
    return ap.parse_args(argv)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {text!r}")
    return value


def _connections(text: str) -> int:
    try:
        return connection_limit(int(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1: {text!r}") from None


def _header_timeout(text: str) -> float:
    try:
        return header_seconds(float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0: {text!r}") from None


def _milliseconds(text: str) -> float:
    """`--latency MS` -> seconds, checked as `Emulator(latency=)` checks them."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of milliseconds: {text!r}") from None
    try:
        return latency_seconds(value / 1000)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be 0 or more milliseconds: {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        state_delays = parse_delays(args.state_delay_for)
        StateOptions(args.state_delay, state_delays)
    except ValueError as exc:
        print(f"asm-emulator: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2),
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    emu = Emulator(port=args.port, state_dir=args.state_dir, db_path=args.db,
                   persist=args.persist, subscription_id=args.subscription_id,
                   operation_delay=args.operation_delay, fail_marker=args.fail_marker,
                   spec_dir=args.spec, config_file=args.config,
                   state_delay=args.state_delay, state_delays=state_delays,
                   token_lifetime=args.token_lifetime, latency=args.latency,
                   max_connections=args.max_connections, header_timeout=args.header_timeout)
    try:
        emu.start()
    except OSError as exc:
        print(f"asm-emulator: cannot start: {exc}", file=sys.stderr)
        return 1
    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    print(f"asm-emulator listening on https://{emu.host}", flush=True)
    print(f"config: {emu.config_file}", flush=True)
    if args.latency:
        print(f"latency: every request waits {args.latency * 1000:g} ms before it is served",
              flush=True)
    # What an unchanged script (the guide's `ServiceManagementService(subscription_id,
    # certificate_path)`) needs to reach this endpoint instead of Azure.
    print("run an unchanged script against it with:", flush=True)
    print(f"  env AZURE_MANAGEMENT_HOST={emu.host} "
          f"AZURE_MANAGEMENT_SUBSCRIPTIONID={emu.config['subscription_id']} "
          f"AZURE_MANAGEMENT_CERTFILE={emu.config['cert_file']} "
          f"SSL_CERT_FILE={emu.config['ca_file']} python SCRIPT.py", flush=True)
    # The asm command line reads the same config file (docs/cli.md: --config, ASM_CONFIG).
    print("point the asm command line at it with:", flush=True)
    print(f"  export ASM_CONFIG={shlex.quote(str(emu.config_file.resolve()))}", flush=True)
    # The Azure AD stand-in: where a credential gets its tokens (the secret stays in the
    # config file, readable by its owner only).
    print(f"Azure AD: authority {emu.config['authority']}, tenant "
          f"{emu.config['tenant_id']}, client {emu.config['client_id']} (secret: "
          "client_secret in the config)", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        emu.stop()
    print("asm-emulator stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
