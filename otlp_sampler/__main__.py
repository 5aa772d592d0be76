from otlp_sampler.cli import main

raise SystemExit(main())
