"""Every ``otlp-sampler`` command, one module each (``add_arguments``, ``run``); ``cli.py`` dispatches."""
