"""Runs under the predecessor's interpreter (azure-servicemanagement-legacy 0.20.8).

    legacy_probe.py ROUNDS TARGET LABEL=CLASS=FILE ...   -> JSON {label: [seconds...]}

Times the predecessor's own public parse path (`_MinidomXmlToObject.parse_response`, what its
`_perform_get` calls) on the same recorded bodies.  Standalone on purpose: it imports nothing
from this project, and nothing of the predecessor is copied here.
"""

import json
import sys
import time


def main(argv):
    rounds, target = int(argv[0]), float(argv[1])
    import azure.servicemanagement as legacy
    from azure.servicemanagement._http import HTTPResponse
    from azure.servicemanagement._serialization import _MinidomXmlToObject

    out = {}
    for spec in argv[2:]:
        label, cls_name, path = spec.split("=", 2)
        cls = getattr(legacy, cls_name)
        with open(path, "rb") as fh:
            body = fh.read()
        resp = HTTPResponse(200, "OK", [], body)

        def fn():
            return _MinidomXmlToObject.parse_response(resp, cls)

        t0 = time.perf_counter()
        fn()
        n = max(1, int(target / max(time.perf_counter() - t0, 1e-6)))
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            for _ in range(n):
                fn()
            times.append((time.perf_counter() - t0) / n)
        out[label] = times
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
