"""What a webhook receives: the alert as generic JSON, or a Slack incoming-webhook message.

``json``: the alert record (docs/operations.md § Alerts), without its delivery status,
under ``"source": "otlp-sampler"``. ``slack``: ``{"text": ...}`` in Slack's mrkdwn, which
Slack-compatible receivers (Mattermost, Rocket.Chat, Discord's ``/slack`` endpoint) take
too. Log text is untrusted there: Slack reads ``&``, ``<`` and ``>`` as control characters
(``<!channel>`` notifies a whole channel, ``<url|text>`` disguises a link), so they are
escaped as the HTML entities Slack expects, and backticks inside code blocks become
``'`` so that a log line cannot close its block.
"""

from __future__ import annotations

import json

from otlp_sampler.alerts.record import AlertRecord

SOURCE = "otlp-sampler"
SLACK_TEMPLATE_CHARS = 500
SLACK_EXAMPLE_CHARS = 300


def payload(record: AlertRecord, format: str) -> bytes:
    """The request body for a webhook of ``format`` (``json`` or ``slack``)."""
    if format == "slack":
        return json.dumps({"text": slack_text(record)}, ensure_ascii=False).encode()
    body = {"source": SOURCE, **record.model_dump(mode="json", exclude={"delivery"})}
    return json.dumps(body, ensure_ascii=False).encode()


def slack_text(record: AlertRecord) -> str:
    lines = [f":rotating_light: *{escape(record.summary)}*"]
    if record.template is not None:
        pattern = f" (pattern {record.pattern_id})" if record.pattern_id else ""
        lines += [f"*Template*{pattern}:", code_block([record.template[:SLACK_TEMPLATE_CHARS]])]
    if record.examples:
        lines += ["*Examples* (redacted):", code_block([e[:SLACK_EXAMPLE_CHARS] for e in record.examples])]
    if record.explanation:
        lines.append("*What the model makes of it* (unverified):")
        lines += [f">{escape(line)}" for line in record.explanation.splitlines() if line.strip()]
    seen = f"first seen {record.first_seen:%Y-%m-%d %H:%M:%S} UTC · " if record.first_seen else ""
    lines.append(f"_{seen}alert #{record.id} · {record.raised_at:%Y-%m-%d %H:%M:%S} UTC · {SOURCE}_")
    return "\n".join(lines)


def escape(text: str) -> str:
    """``text`` with Slack's three control characters as entities (only those: Slack decodes no others)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def code_block(texts: list[str]) -> str:
    body = "\n".join(escape(text).replace("`", "'") for text in texts)
    return f"```{body}```"
