"""Reliability tooling: the proxy as a real process, counting clients, the fault table, fuzzing."""
