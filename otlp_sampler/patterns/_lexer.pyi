"""otlp_sampler.patterns._lexer (_lexer.c): the miner's lexer in C, where setup.py built it."""

from mypy_extensions import i64

def split(text: str, /) -> tuple[list[str], list[bool], i64]: ...
