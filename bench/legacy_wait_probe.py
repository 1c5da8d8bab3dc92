"""Runs under the predecessor's interpreter (azure-servicemanagement-legacy 0.20.8).

    legacy_wait_probe.py HOST SUBSCRIPTION CERT_FILE      (REQUESTS_CA_BUNDLE=the CA file)

Reads request ids from stdin, one a line; for each, calls the predecessor's own
`wait_for_operation_status(request_id)` with its default settings and prints one JSON line
{"returned": time.time()} (or {"error": ...}) on the real stdout (it prints progress
dots to sys.stdout, sent to /dev/null here).  Standalone on purpose: it imports nothing
from this project, and nothing of the predecessor is copied here.
"""

import json
import os
import sys
import time


def main(argv):
    host, subscription, cert = argv
    out_fh, sys.stdout = sys.stdout, open(os.devnull, "w")  # it prints progress dots
    from azure.servicemanagement import ServiceManagementService
    sms = ServiceManagementService(subscription, cert, host=host)
    print(json.dumps({"ready": True}), file=out_fh, flush=True)
    for line in sys.stdin:
        request_id = line.strip()
        if not request_id:
            continue
        try:
            sms.wait_for_operation_status(request_id, timeout=60,
                                          progress_callback=lambda op: None)
            out = {"returned": time.time()}
        except Exception as exc:  # reported by the bench, not raised
            out = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(out), file=out_fh, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
