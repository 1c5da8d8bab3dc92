"""`make bench`: parse speed, requests/s and import time (see docs/benchmarks.md)."""
