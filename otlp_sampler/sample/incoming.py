"""The ``sampling.*`` attributes of incoming records: which are believed, which are stripped.

The proxy writes ``sampling.adjusted_count`` and ``sampling.rule`` on the records it keeps
and ``sampling.summary``, ``sampling.dropped_count`` and ``sampling.dropped_bytes`` on its
summary records; a sink sums them (docs/policy-format.md § Counts). Sent by a client, they
would forge that sum, so before sampling:

- ``sampling.adjusted_count`` stays (and multiplies the proxy's weight) only when it is an
  int or a double, finite and >= 1; otherwise it is stripped (``not_a_number``,
  ``not_finite``, ``below_one``), from anyone;
- the other four are believed only from a trusted upstream (``sampling.trusted_upstreams``,
  sample/source.py) and stripped from anyone else (``untrusted``): a forged summary is an
  ordinary record, sampled like the rest.

Each strip is counted by reason in ``otlp_sampler_sampling_attributes_stripped_total``. The
scan walks every attribute, so the receivers run a prefilter on the request's bytes
(``intake.mentions_sampling``) and requests that cannot carry such a key skip it.
"""

from __future__ import annotations

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.sample.annotate import ADJUSTED_COUNT_KEY, RULE_KEY, refused_count
from otlp_sampler.sample.summaries import DROPPED_BYTES_KEY, DROPPED_COUNT_KEY, SUMMARY_KEY

UNTRUSTED = "untrusted"
REASONS = (UNTRUSTED, "not_a_number", "not_finite", "below_one")
TRUSTED_ONLY = frozenset((RULE_KEY, SUMMARY_KEY, DROPPED_COUNT_KEY, DROPPED_BYTES_KEY))
_CHECKED = {False: TRUSTED_ONLY | {ADJUSTED_COUNT_KEY}, True: frozenset((ADJUSTED_COUNT_KEY,))}


def strip_forged(request: ExportLogsServiceRequest, *, trusted: bool) -> dict[str, int]:
    """Remove from every record of ``request`` the ``sampling.*`` attributes it may not carry
    (``trusted``: the caller holds a token of ``sampling.trusted_upstreams``); returns how
    many were removed by reason, only reasons with any."""
    checked = _CHECKED[trusted]
    stripped: dict[str, int] = {}
    for rl in request.resource_logs:
        for sl in rl.scope_logs:
            for record in sl.log_records:
                attributes = record.attributes
                # Indexing a upb repeated field is cheaper than iterating it, and from the
                # end a deletion does not move what is still to be read.
                for index in range(len(attributes) - 1, -1, -1):
                    kv = attributes[index]
                    key = kv.key
                    if key not in checked:
                        continue
                    if key == ADJUSTED_COUNT_KEY:
                        reason = refused_count(kv.value)
                        if reason is None:
                            continue
                    else:
                        reason = UNTRUSTED
                    del attributes[index]
                    stripped[reason] = stripped.get(reason, 0) + 1
    return stripped
