"""THROWAWAY stand-in for otlp_sampler.patterns until the real miner lands."""
import hashlib
import re

_VAR = re.compile(r"\b[0-9a-f]{6,}\b|\d+(?:\.\d+)*|\S+@\S+")


class PatternMiner:
    def __init__(self, service="", max_patterns=5000):
        self.service = service
        self._templates = {}
        self._cache = {}

    def add(self, message):
        template = _VAR.sub("<*>", message)
        pid = self._cache.get(template)
        if pid is None:
            pid = hashlib.blake2b(f"{self.service}\0{template}".encode(), digest_size=8).hexdigest()
            self._cache[template] = pid
            self._templates[pid] = template
        return pid

    def template(self, pid):
        return self._templates.get(pid)


class PatternCatalog:
    def __init__(self, max_patterns_per_service=5000):
        self._miners = {}
        self.max = max_patterns_per_service

    def miner(self, service):
        m = self._miners.get(service)
        if m is None:
            m = self._miners[service] = PatternMiner(service, self.max)
        return m
