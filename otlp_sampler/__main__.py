from otlp_sampler.cli import run

run()
