"""Log lines with secrets in them, and innocent log lines, to measure redaction on.

``SECRETS``: (line, the parts that must not survive redaction). ``INNOCENT``: lines a
redactor must leave exactly as they are — ids, versions, paths and words that merely look
like secrets; a redactor that mangles them ruins the templates and examples the policy
generator reads. tests/test_redact.py asserts both; tests/benchmarks/redaction.py measures
hand-written patterns against detect-secrets on them (docs/policy-format.md § Redaction).

Every key below is made up (right shape, random characters).
"""

from __future__ import annotations

PEM_BODY = ("MIIEowIBAAKCAQEAwJ3r8zv1T9qQmPp0n4kZc0nqv2mV1QyP4fZzYvI7cP2f0lQx\n"
            "k7Yw4Vd5oQ1yR9bB3sT6uL2nJ8hG0aF4eD1cC7xZ9wV3tS5rQ2pO8nM6lK4jH1g\n"
            "Y2eF9dC5bA3zX7wV1uT8sR6qP4oN2mL0kJ9iH7gF5eD3cB1aZ8yX6wV4uT2sR0q")

SECRETS: list[tuple[str, list[str]]] = [
    # the strings of issue 14
    ("connecting to postgres://admin:hunter2@db:5432/orders", ["hunter2"]),
    ("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY loaded",
     ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"]),
    (f"loaded key -----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY----- ok",
     PEM_BODY.split("\n")),
    (f"-----BEGIN PRIVATE KEY-----\n{PEM_BODY}", PEM_BODY.split("\n")),  # cut before its END line
    ("customer ssn 536-22-4918 verified", ["536-22-4918"]),
    ("posting to https://hooks.slack.com/services/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",
     ["T0B3K7Q2M/B06XJ4L9P1Z/q8Wm2ZkTn4Lr7VbY3sHc9Dfe"]),
    # URLs with credentials
    ("amqp://guest:s3cr3tPw@rabbit:5672/ connection lost", ["s3cr3tPw"]),
    ("redis connect redis://:r3dis-Pa55@cache.internal:6379/0 timed out", ["r3dis-Pa55"]),
    ("fetch https://deploy:glpat-Zx81KqP0wLm3NbV7tR2y@gitlab.example/repo.git",
     ["glpat-Zx81KqP0wLm3NbV7tR2y"]),
    ("GET /i/v1/logs?token=phc_Zq8xLmN3vB7rT2yW5kP9dF4hJ6sA1cE0&ts=1 401",
     ["phc_Zq8xLmN3vB7rT2yW5kP9dF4hJ6sA1cE0"]),
    ("callback https://api.example.com/v2/hook?api_key=9fK2mQ7xL4pW1zR8&user=42", ["9fK2mQ7xL4pW1zR8"]),
    # headers and key=value pairs
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
     ["eyJzdWIiOiI0MiJ9.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"]),
    ("Authorization: Basic YWRtaW46aHVudGVyMg==", ["YWRtaW46aHVudGVyMg=="]),
    ("request headers {'X-Api-Key': 'k9Qm2Lx7Wp4Zr8Tn', 'Accept': '*/*'}", ["k9Qm2Lx7Wp4Zr8Tn"]),
    ('{"user": "ann", "password": "S3cr3t!pass", "remember": true}', ["S3cr3t!pass"]),
    ("DB_PASSWORD=Tr0ub4dor&3 from env", ["Tr0ub4dor&3"]),
    ("client_secret: 7c2Fq9LmZx4Kp1Rw8Tn3Vb6Y", ["7c2Fq9LmZx4Kp1Rw8Tn3Vb6Y"]),
    ("Cookie: sessionid=8f7d6c5b4a3e2f1a0b9c8d7e; theme=dark", ["8f7d6c5b4a3e2f1a0b9c8d7e"]),
    ("set AZURE AccountKey=" + "Zm9vYmFyYmF6cXV4" * 5 + "Zm9vYmFyYg== for storage",
     ["Zm9vYmFyYmF6cXV4" * 5 + "Zm9vYmFyYg=="]),
    # vendor key shapes
    ("aws key AKIAIOSFODNN7QX2RZ4M in use", ["AKIAIOSFODNN7QX2RZ4M"]),
    ("using sk-proj-Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0e", ["sk-proj-Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0e"]),
    ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc charged", ["sk_live_4eC39HqLyjWDarjtT1zdp7dc"]),
    ("gh token ghp_Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ2kL ok", ["ghp_Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ2kL"]),
    ("github_pat_11ABCDEFG0Q7mZ2xLkP9wR_4tN8vB3yH6cF1dS5aG0eJ2kLQ7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0e",
     ["github_pat_11ABCDEFG0Q7mZ2xLkP9wR_4tN8vB3yH6cF1dS5aG0eJ2kLQ7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0e"]),
    ("slack xoxb-123456789012-1234567890123-Q7mZ2xLkP9wR4tN8vB3yH6cF", ["Q7mZ2xLkP9wR4tN8vB3yH6cF"]),
    ("google AIzaSyQ7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ", ["AIzaSyQ7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ"]),
    ("sendgrid 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",
     ["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"]),
    ("npm token npm_Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ2kL", ["npm_Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ2kL"]),
    ("twilio SK0123456789abcdef0123456789abcdef", ["SK0123456789abcdef0123456789abcdef"]),
    ("telegram bot 1234567890:AAH7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ", ["AAH7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ"]),
    ("mailchimp 0123456789abcdef0123456789abcdef-us12", ["0123456789abcdef0123456789abcdef-us12"]),
    ("anthropic sk-ant-api03-Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ2kL",
     ["sk-ant-api03-Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ2kL"]),
    # shapes nobody listed: only their entropy gives them away
    ("MIIEowIBAAKCAQEAwJ3r8zv1T9qQmPp0n4kZc0nqv2mV1QyP4fZzYvI7cP2f0lQx", ["wJ3r8zv1T9qQmPp0n4kZc0nqv2mV"]),
    ("using key Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ2kL for tenant acme",
     ["Q7mZ2xLkP9wR4tN8vB3yH6cF1dS5aG0eJ2kL"]),
    # personal data
    ("mail sent to alice.smith+tag@mail.example.co.uk", ["alice.smith+tag@mail.example.co.uk"]),
    ("charged card 4111 1111 1111 1111 for 20 EUR", ["4111 1111 1111 1111"]),
    ("card=5500-0000-0000-0004 declined", ["5500-0000-0000-0004"]),
    ("login from 203.0.113.77 accepted", ["203.0.113.77"]),
]

INNOCENT: list[str] = [
    "GET /api/v1/orders/98765?page=2&limit=50 200 35ms",
    "request_id=550e8400-e29b-41d4-a716-446655440000 completed in 12ms",
    "span 00f067aa0ba902b7 parent 53995c3f42cd8ad8 finished",
    "connecting to postgres://db:5432/orders",
    "redis://cache.internal:6379/0 connected",
    "token refreshed for user 42",
    "basic authentication disabled for /health",
    "password reset email queued for user 42",
    "secret rotation scheduled for 2024-05-01T12:00:00Z",
    "session started for user 42 on web",
    "api_key missing in request, answering 401",
    "Authorization header missing",
    "cache hit ratio 0.93 over 1000 requests",
    "Job com.example.sync.Worker finished in 1.234s",
    "processed batch 17 of 20 (85%)",
    "kafka consumer group=payments partition=3 offset=1234567",
    "deployed version 1.24.3-rc.2+build.5512 to eu-west-1",
    "GET /static/app.3f9a2b1c.js 200 1532 bytes",
    "pod web-7d9f8b6c5d-x2x4z restarted (OOMKilled)",
    "at com.example.orders.OrderService.place(OrderService.java:142)",
    "user-agent Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0",
    "order 1234567890123 shipped",
    "block blk_-6952295868487656571 size 67108864",
    "at 2024-05-01 12:34:56 took 35 ms",
    "mac aa:bb:cc:dd:ee:ff link up",
    "ISBN 978-3-16-148410-0 in stock",
    "call back on 555-123-4567 requested",
    "commit 3f2c1e9 merged into main",
    "keyspace hits=120 misses=3 evicted_keys=0",
    "TLS handshake with api.example.com:443 ok (TLSv1.3, TLS_AES_128_GCM_SHA256)",
    "feature flag new-checkout enabled for 25% of users",
    "retrying in 2.5s (attempt 3/5)",
    "sha256 digest matches for layer 42",
    "PUT /v1/users/42/avatar 204",
    "worker-3 picked up job_8c1f2a from queue default",
    "heap 512MiB / 2GiB, gc pause 12ms",
    "upload complete: s3://bucket/logs/2024/05/01/app.log.gz",
    "Generated key id kid-2024-05 for tenant acme",
    "base64 payload of 2048 bytes decoded",
    "llm call max_tokens=4096 prompt_tokens=812 completion_tokens=96",
    "loading org/apache/hadoop/hdfs/server/namenode/FSNamesystem2.class",
    "bean AbstractSingletonProxyFactoryBean2Impl created",
    "x509 CN=api.example.com, O=Example Corp, C=US valid until 2026-01-01",
]
