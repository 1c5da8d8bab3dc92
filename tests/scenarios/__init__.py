"""Scenario tests: the SDK driven through every operation the local endpoint implements,
replayed from the project's own cassettes (cassettes/*.yaml); `make record` re-records them.
See docs/recording.md."""
