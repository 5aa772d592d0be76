"""Small text helpers the commands share when they print for a person."""

from __future__ import annotations


def human_bytes(value: float) -> str:
    """``512 B``, ``1.5 kB``, ``2,048.0 GB``: decimal units, as vendors bill."""
    for unit in ("B", "kB", "MB"):
        if abs(value) < 1000:
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1000
    return f"{value:,.1f} GB"


def clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
