"""Realistic values for log placeholders, by kind and by the language that prints them.

``value(kind, rng, lang, style)`` draws one value of a kind (see ``kinds.py``): ids, ips,
paths (some with spaces), durations and sizes with their units, error strings of many
words, quoted text, lists and structures printed the way each language prints them
(Go ``[a b]`` and ``{Name:x}``, Java ``[a, b]`` and ``Foo{id=1}``, Python ``['a']``,
Erlang ``<<"a">>``, Rust ``Foo { id: 1 }``...). ``style`` is how the format printed it:
``q`` Go's ``%q``, ``r`` Python's ``%r``, ``d`` a debug form (Rust ``{:?}``, Erlang ``~p``),
``f`` a value of flatlog's key=value line (quoted when it holds a space or ``=``).

The word lists are generic vocabulary of software (services, tables, users, errors),
written for this corpus; none comes from a labelled log dataset.
"""

from __future__ import annotations

import json
import random
import re
import string

_SERVICES = [
    "orders", "payments", "inventory", "billing", "search", "auth", "users", "catalog", "checkout",
        "shipping",
    "notifications", "analytics", "reports", "gateway", "frontend", "backend", "scheduler", "indexer",
        "mailer",
    "ledger", "accounts", "sessions", "media", "uploads", "metrics", "events", "audit", "archive", "profile",
]
_NAME_SUFFIX = ["", "", "", "-api", "-service", "-worker", "_v2", "-prod", "-staging", "_tmp", "-east",
                ".internal",
                "-cache", "_events", "-queue", "-db", "_archive", "-replica"]
_WORDS = [
    "default", "main", "primary", "secondary", "local", "remote", "public", "private", "system", "internal",
    "legacy", "shared", "global", "common", "stable", "beta", "canary", "blue", "green", "alpha", "delta",
    "nightly", "daily", "hourly", "weekly", "manual", "auto", "standard", "premium", "basic",
]
_USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "admin", "root", "deploy",
          "jenkins",
          "postgres", "www-data", "svc-backup", "ci-runner", "j.smith", "maria.garcia", "k8s-operator",
              "guest",
          "operator", "nobody", "ubuntu", "ec2-user", "git", "anna_k", "tom1987", "devops"]
_DOMAINS = ["example.com", "example.org", "corp.local", "internal", "svc.cluster.local", "prod.example.net",
            "eu-west-1.compute.internal", "lan", "cloud.example.io"]
_HOSTS = ["db", "api", "web", "cache", "kafka", "redis", "mq", "search", "auth", "node", "worker", "edge",
          "lb",
          "mail", "storage", "broker", "etcd", "vault", "proxy", "app"]
_DIRS = ["var/lib", "var/log", "etc", "opt", "srv", "home/alice", "tmp", "usr/local/share", "data",
         "mnt/storage",
         "var/cache", "run", "home/deploy/releases", "media/Movies", "var/spool", "usr/lib/x86_64-linux-gnu"]
_FILES = ["config.yaml", "app.log", "data.db", "index.html", "server.crt", "key.pem", "settings.json",
          "backup.tar.gz",
          "README.md", "IMG_2041.jpg", "segment-000042.log", "wal-0001.tmp", "manifest.json", "nginx.conf",
              "main.go",
          "module.so", "snapshot.bin", "users.csv", "lock", "pid", "current", "LOCK", "CURRENT",
              "MANIFEST-000005"]
# user-chosen names hold spaces: a media library, documents, a home directory
_SPACED_DIRS = ["Users/bob/Library/Application Support", "home/alice/Documents/Tax Returns",
                "media/TV Shows/The Office"]
_SPACED_FILES = ["report 2023.pdf", "Invoice March.pdf", "photo (1).png", "The Matrix (1999).mkv",
                 "S01E03 - Pilot.mp4"]
_EXTS = ["log", "json", "yaml", "db", "sst", "tmp", "csv", "pdf", "mkv", "jpg", "conf", "gz", "parquet",
         "bin"]
_STATES_CAPS = ["RUNNING", "STOPPED", "PENDING", "FAILED", "ACTIVE", "INACTIVE", "STARTING", "STOPPING",
                "READY", "DEGRADED", "UNKNOWN", "COMPLETED", "CANCELLED", "PAUSED", "LEADER", "FOLLOWER"]
_STATES_WORDS = ["running", "stopped", "pending", "failed", "active", "idle", "starting", "ready", "healthy",
                 "unhealthy", "draining", "closed", "open", "syncing", "degraded", "paused", "error", "ok"]
# the actions a program names with a verb ("failed to %s topic"): generic operations
_VERBS = ["create", "delete", "update", "pause", "resume", "empty", "bind", "unbind", "start", "stop",
          "restart", "sync", "reload", "publish", "archive", "restore", "enable", "disable"]
# a text a program prints or leaves out (hardreload ? " (hard-reload)" : ""): after a word, with
# its space or punctuation
_OPTIONAL = [" (hard-reload)", " (forced)", " (dry run)", " readable", " as the default", " with warnings",
             ", retrying", " Hint: check the configuration.", " (deprecated)", " in the background"]
# the things a program counts or names in the plural ("import %ss", "Enabled %ss:"): singular
# nouns of software, some of two words
_NOUNS = ["file", "item", "record", "job", "task", "user", "message", "plugin", "extension", "document",
          "image", "account", "setting", "collection", "report", "backup", "download", "upload", "worker",
          "request handler", "media file", "import list", "log file", "theme", "schedule", "template"]
# the signals a service handles (sent by an operator, a supervisor, a terminal), with their numbers on
# Linux and the text Go's syscall.Signal prints for each
_SIGNALS = {"TERM": (15, "terminated"), "INT": (2, "interrupt"), "HUP": (1, "hangup"), "QUIT": (3, "quit"),
            "USR1": (10, "user defined signal 1"), "USR2": (12, "user defined signal 2"),
            "TTIN": (21, "stopped (tty input)"), "TTOU": (22, "stopped (tty output)"),
            "TSTP": (20, "stopped"), "CHLD": (17, "child exited"),
            "WINCH": (28, "window changed")}
_METHODS = ["GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
_CLASSES = ["com.example.orders.OrderService", "org.apache.commons.pool2.impl.GenericObjectPool",
            "UserController",
            "io.netty.channel.nio.NioEventLoop", "JsonConverter", "app.services.mailer.Mailer",
                "Foo::Bar::Baz",
            "System.Net.Http.HttpClient", "MediaBrowser.Controller.Entities.Movies.Movie", "StorageBackend",
            "celery.worker.consumer.Consumer", "App\\Models\\Account", "ValueError", "RecordNotFound"]
# a class as each language names one (a PHP program does not print a Java class, nor Erlang a
# Python exception): Erlang's modules are atoms
_CLASSES_BY_LANGUAGE = {
    "java": ["com.example.orders.OrderService", "org.apache.commons.pool2.impl.GenericObjectPool",
             "io.netty.channel.nio.NioEventLoop", "com.example.api.JsonConverter"],
    "python": ["app.services.mailer.Mailer", "celery.worker.consumer.Consumer", "ValueError", "KeyError",
               "StorageBackend"],
    "ruby": ["Foo::Bar::Baz", "ActiveRecord::RecordNotFound", "Api::V1::UsersController", "Net::ReadTimeout"],
    "php": ["App\\Models\\Account", "App\\Http\\Controllers\\UserController", "App\\Jobs\\SendInvoice",
            "App\\Services\\Mailer"],
    "csharp": ["System.Net.Http.HttpClient", "MediaBrowser.Controller.Entities.Movies.Movie",
               "App.Services.StorageBackend"],
    "erlang": ["gen_server", "ranch_tcp", "mnesia_tm", "ssl_connection", "store_leveldb", "queue_worker"],
    "js": ["UserController", "JsonConverter", "StorageBackend", "SessionStore"],
}
# (slips32) the modules an Elixir application names its event handlers, process managers and
# aggregates by (inspect prints an alias without its "Elixir." prefix)
_ELIXIR_MODULES = ["MyApp.AccountBalanceHandler", "Bank.Accounts.Aggregates.BankAccount",
                   "Shop.OrderProcessManager", "MyApp.Notifications.EmailHandler",
                   "Conduit.Blog.Projectors.Article", "TransferMoneyProcessManager"]
# (slips32) Kubernetes label keys a selector names
_K8S_LABEL_KEYS = ["app", "tier", "env", "team", "release", "app.kubernetes.io/name",
                   "app.kubernetes.io/instance"]
# (slips32) .NET exceptions as Exception.ToString's first line prints them
_NET_EXCEPTIONS = [
    "System.Net.Http.HttpRequestException: No connection could be made because the target machine "
    "actively refused it. (localhost:8111)",
    "System.Threading.Tasks.TaskCanceledException: A task was canceled.",
    "System.IO.IOException: The process cannot access the file because it is being used by another process.",
    "System.InvalidOperationException: Sequence contains no elements",
    "System.NullReferenceException: Object reference not set to an instance of an object.",
    "System.UnauthorizedAccessException: Access to the path is denied.",
    "System.TimeoutException: The operation has timed out.",
    "System.Text.Json.JsonException: The JSON value could not be converted to System.Int32. Path: $.id | "
    "LineNumber: 0 | BytePositionInLine: 9."]
# (slips33) PostgreSQL's and PostgREST's errors a PgError carries: (code, message, details), written
# with {q} for JSON's escaped quote and {n} {t} for its escaped newline and tab (aeson's encoding)
_PGRST_ERRORS = [
    ("PGRST000", "Database connection error.", "connection to server at {q}{host}{q} ({ip}), port {port} "
     "failed: Connection refused{n}{t}Is the server running on that host and accepting TCP/IP "
     "connections?{n}"),
    ("PGRST000", "Database connection error.", "connection to server at {q}{host}{q} ({ip}), port {port} "
     "failed: FATAL:  password authentication failed for user {q}authenticator{q}{n}"),
    ("PGRST000", "Database connection error.", "could not translate host name {q}{host}{q} to address: "
     "Name or service not known{n}"),
    ("PGRST001", "Database client error. Retrying the connection.", "no connection to the server{n}"),
    ("PGRST003", "Timed out acquiring connection from connection pool.", None),
    ("42P05", "prepared statement {q}{serial}{q} already exists", None),
    ("08P01", "unnamed prepared statement does not exist", None),
    ("42501", "permission denied for schema {schema}", None),
    ("3F000", "schema {q}{schema}{q} does not exist", None),
    ("57P01", "terminating connection due to administrator command", None)]
# (slips33) Kubernetes API errors: (reason, code, message), {q} JSON's escaped quote
_K8S_STATUSES = [
    ("Forbidden", 403, "secrets {q}{name}{q} is forbidden: User {q}system:serviceaccount:{ns}:default{q} "
     "cannot patch resource {q}secrets{q} in API group {q}{q} in the namespace {q}{ns}{q}"),
    ("NotFound", 404, "secrets {q}{name}{q} not found"),
    ("Conflict", 409, "Operation cannot be fulfilled on secrets {q}{name}{q}: the object has been "
     "modified; please apply your changes to the latest version and try again"),
    ("Invalid", 422, "Secret {q}{name}{q} is invalid: data[{key}]: Invalid value: {q}{key}{q}: a valid "
     "config key must consist of alphanumeric characters, '-', '_' or '.'"),
    ("Unauthorized", 401, "Unauthorized"),
    ("InternalError", 500, "Internal error occurred: etcdserver: request timed out")]
_ERRORS_PLAIN = [
    "connection refused", "connection reset by peer", "broken pipe", "i/o timeout",
        "context deadline exceeded",
    "context canceled", "no such file or directory", "permission denied", "EOF", "unexpected EOF",
    "too many open files", "no space left on device", "operation timed out", "network is unreachable",
    "no route to host", "address already in use", "resource temporarily unavailable", "invalid argument",
    "certificate has expired", "read-only file system", "disk quota exceeded", "not found", "already exists",
    "server closed the connection unexpectedly", "TLS handshake timeout", "authentication failed",
    "request entity too large", "invalid character 'x' looking for beginning of value",
        "unexpected status 503",
]
_GO_RUNTIME_ERRORS = frozenset(("i/o timeout", "context deadline exceeded", "context canceled", "EOF",
                                "unexpected EOF", "TLS handshake timeout",
                                "invalid character 'x' looking for beginning of value"))
_ERRORS_PLAIN_NOT_GO = [text for text in _ERRORS_PLAIN if text not in _GO_RUNTIME_ERRORS]
_ERRORS_GO = [
    "dial tcp {addr}: connect: connection refused", "read tcp {addr}->{addr}: read: connection reset by peer",
    "open {path}: no such file or directory", "context deadline exceeded", "EOF",
    "rpc error: code = Unavailable desc = connection error", "x509: certificate signed by unknown authority",
    "etcdserver: request timed out", "lookup {host}: no such host",
        "json: cannot unmarshal string into Go value of type int",
    "http: server closed idle connection", "mkdir {path}: permission denied",
        "write {path}: no space left on device",
    "failed to get lease: etcdserver: requested lease not found",
        "Get \"{url}\": dial tcp {addr}: i/o timeout",
]
_ERRORS_JAVA = [
    "java.net.ConnectException: Connection refused", "java.io.IOException: Broken pipe",
    "java.net.SocketTimeoutException: Read timed out", "java.lang.NullPointerException",
    "org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment",
    "java.util.concurrent.TimeoutException", "java.lang.IllegalStateException: Client is closed",
    "java.io.FileNotFoundException: {path} (No such file or directory)",
    "com.fasterxml.jackson.core.JsonParseException: Unexpected character ('x' (code 120))",
    "java.lang.OutOfMemoryError: Java heap space", "Connection reset", "Read timed out",
]
_ERRORS_PY = [
    "[Errno 111] Connection refused", "[Errno 2] No such file or directory: '{path}'",
    "timed out", "Connection reset by peer", "invalid literal for int() with base 10: 'abc'",
    "'NoneType' object has no attribute 'get'", "Expecting value: line 1 column 1 (char 0)",
    "HTTPSConnectionPool(host='{host}', port=443): Read timed out. (read timeout=30)",
    "database is locked", "KeyError('id')", "[Errno 13] Permission denied: '{path}'",
]
_ERRORS_PYREPR = [
    "ConnectionRefusedError(111, 'Connection refused')", "TimeoutError('timed out')", "KeyError('user_id')",
    "ValueError('invalid value')", "OSError(28, 'No space left on device')",
        "RuntimeError('event loop is closed')",
]
_ERRORS_RUST = [
    "Connection refused (os error 111)", "No such file or directory (os error 2)", "operation timed out",
    "channel closed", "deadline has elapsed", "invalid type: string \"x\", expected u64 at line 1 column 9",
    "error sending request for url ({url}): connection closed before message completed",
        "Broken pipe (os error 32)",
    "task was cancelled", "Permission denied (os error 13)",
]
_ERRORS_JS = [
    "Error: connect ECONNREFUSED {ip}:6379", "TypeError: Cannot read properties of undefined (reading 'id')",
    "Error: ENOENT: no such file or directory, open '{path}'",
        "SyntaxError: Unexpected token < in JSON at position 0",
    "Error: socket hang up", "Error: getaddrinfo ENOTFOUND {host}", "AbortError: The operation was aborted",
    "Error: Request failed with status code 502", "MongoServerError: E11000 duplicate key error",
]
_ERRORS_RUBY = [
    "Connection refused - connect(2) for \"{ip}\" port 6379", "execution expired",
    "No such file or directory @ rb_sysopen - {path}", "undefined method `id' for nil:NilClass",
    "Broken pipe", "SSL_connect returned=1 errno=0 state=error: certificate verify failed",
]
_ERRORS_ERL = [
    "{error,econnrefused}", "timeout", "{badmatch,{error,enoent}}", "noproc", "{shutdown,normal}",
    "{error,closed}", "econnrefused", "{case_clause,undefined}", "{error,{already_started,<0.312.0>}}",
    "{error,{not_found,<<\"queue\">>}}", "closed", "nodedown",
        "{timeout,{gen_server,call,[rabbit_node_monitor,status]}}",
]
# (slips25) Zig's error set names (std.fs, std.posix, std.net, the allocators)
_ERRORS_ZIG = ["FileNotFound", "AccessDenied", "OutOfMemory", "ConnectionRefused", "BrokenPipe", "Unexpected",
               "InvalidUtf8", "EndOfStream", "NoSpaceLeft", "Timeout", "ConnectionResetByPeer", "IsDir",
               "NotDir", "PathAlreadyExists", "InvalidArgument", "WouldBlock", "SystemResources", "NameTooLong"]
_ERRORS_CS = [
    "The operation has timed out.", "Object reference not set to an instance of an object.",
    "A task was canceled.", "Could not find file '{path}'.", "The remote certificate is invalid.",
    "Sequence contains no elements", "Value cannot be null. (Parameter 'key')",
    "No connection could be made because the target machine actively refused it. ({addr})",
]
_ERRORS_PHP = [
    "SQLSTATE[HY000] [2002] Connection refused",
        "cURL error 28: Operation timed out after 30001 milliseconds",
    "Undefined array key \"id\"", "Call to a member function get() on null",
        "Attempt to read property \"id\" on null",
]
_ERRNO = [(111, "Connection refused"), (2, "No such file or directory"), (13, "Permission denied"),
          (104, "Connection reset by peer"), (110, "Connection timed out"), (24, "Too many open files"),
          (28, "No space left on device"), (32, "Broken pipe"), (98, "Address already in use"),
          (11, "Resource temporarily unavailable")]
# (slips34) the statuses an APR call returns as httpd's error log prints them, "(n)text": an
# errno under APR_OS_START_ERROR with glibc's strerror, APR's own codes (apr_errno.h's
# APR_OS_START_ERROR 20000 and APR_OS_START_STATUS 70000 offsets, misc/unix/errorcodes.c's texts),
# a resolver's failure as "(EAI n)" (APR_OS_START_EAIERR, gai_strerror's text)
_APR_ERRNOS = [*_ERRNO, (22, "Invalid argument"), (12, "Cannot allocate memory"), (113, "No route to host"),
               (101, "Network is unreachable"), (5, "Input/output error"), (1, "Operation not permitted")]
_APR_STATUSES = [*_APR_ERRNOS, (20014, "Internal error (specific information not available)"),
                 (70007, "The timeout specified has expired"), (70014, "End of file found"),
                 (70008, "Partial results are valid but processing is incomplete"),
                 (20023, "The given path was above the root path"),
                 ("EAI 2", "Name or service not known"), ("EAI 3", "Temporary failure in name resolution")]
# what C's (and C++'s) strerror and gai_strerror print, as glibc spells them
_ERRORS_C = [text for _, text in _ERRNO] + [
    "Network is unreachable", "No route to host", "Invalid argument", "Operation not permitted",
    "Cannot allocate memory", "Read-only file system", "Name or service not known",
    "Temporary failure in name resolution", "Input/output error", "Operation timed out", "Success",
]
_TEXT = [
    "shutting down", "user requested", "maintenance window", "rebalance in progress", "leader changed",
    "quota exceeded for tenant", "upstream returned an invalid response", "the configuration was reloaded",
    "no healthy upstream", "scheduled restart", "lease expired", "retry budget exhausted",
        "not enough replicas",
    "version mismatch between nodes", "client closed request", "checksum mismatch", "node is not the leader",
    "disk usage above high watermark", "invalid request body", "missing required field 'email'",
]
# the titles people give things: a show's or a release's, a document's, a window's, a page's
_TITLES = ["The Office", "Breaking Bad S02E05 720p", "Invoice March 2023", "Quarterly report",
           "Welcome to nginx!", "Inbox - Mozilla Thunderbird", "README.md - Visual Studio Code",
           "Ubuntu 24.04 LTS", "Meeting notes 2024-03-14", "The Matrix (1999)", "Tax Returns 2022",
           "Planet.Earth.II.S01E01.2160p.WEB-DL", "Getting started", "Untitled"]
# media types as a file, a request or a clipboard offer names its content
_MIME_TYPES = ["application/pdf", "image/png", "image/jpeg", "text/plain", "text/html", "application/json",
               "text/plain;charset=utf-8", "application/octet-stream", "text/event-stream", "text/uri-list",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
# network protocols as programs name them: a transport, an IP version, HTTP's and TLS's
_PROTOCOLS = ["TCP", "UDP", "IPv4", "IPv6", "HTTP/1.1", "HTTP/2.0", "TLSv1.2", "TLSv1.3", "QUIC"]
# the names people give their things (a display name, a friendly name): words with spaces
_DISPLAY_NAMES = ["Living Room Lamp", "Front Door", "Kitchen Sensor", "Bob's MacBook Pro", "Built-In Node",
                  "Main Bridge", "Office Printer", "Garage Door Opener", "Alice Smith", "build-agent-3",
                  "Bedroom Thermostat", "Let's Encrypt R3"]
# the statements a program sends its database, where it logs one (a query, a statement, "SQL: %s")
_SQL = [
    "SELECT id, name FROM users WHERE id = $1", "UPDATE orders SET status = 'paid' WHERE id = 42",
    "SELECT * FROM sessions WHERE expires_at < ?", "INSERT INTO events (id, kind, payload) VALUES (?, ?, ?)",
    "DELETE FROM jobs WHERE finished_at < NOW() - INTERVAL '7 days'", "SELECT count(*) FROM tasks",
    "UPDATE accounts SET balance = balance - 10 WHERE id = 7", "BEGIN", "COMMIT",
    "SELECT t.id, t.title FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.owner = 'bob'",
]
_TLDS = ["com", "org", "io", "net", "dev"]


def _pick(rng: random.Random, items: list):
    return items[rng.randrange(len(items))]


def _hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return _pick(rng, _SERVICES) + _pick(rng, _NAME_SUFFIX)
    if roll < 0.55:
        return _pick(rng, _WORDS)
    if roll < 0.7:
        return f"{_pick(rng, _SERVICES)}-{rng.randrange(1, 40)}"
    if roll < 0.8:
        return f"{_pick(rng, _SERVICES)}_{_pick(rng, _SERVICES)}"
    if roll < 0.9:
        return f"{_pick(rng, _WORDS)}.{_pick(rng, _SERVICES)}"
    return _pick(rng, _SERVICES).capitalize() + _pick(rng, ["", "Service", "Store", "Queue", "Index"])


def host(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return f"{_pick(rng, _HOSTS)}-{rng.randrange(1, 30)}.{_pick(rng, _DOMAINS)}"
    if roll < 0.5:
        return f"{_pick(rng, _HOSTS)}{rng.randrange(1, 20):02d}"
    if roll < 0.6:
        return "localhost"
    if roll < 0.75:
        return f"ip-10-{rng.randrange(256)}-{rng.randrange(256)}-{rng.randrange(256)}.ec2.internal"
    if roll < 0.9:
        return f"{_pick(rng, _SERVICES)}.{_pick(rng, ['example', 'acme', 'corp'])}.{_pick(rng, _TLDS)}"
    return f"{_pick(rng, _HOSTS)}-{rng.randrange(3)}.{_pick(rng, _SERVICES)}.svc.cluster.local"


def ip(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.8:
        first = _pick(rng, [10, 10, 172, 192, 127, 34, 52, 185])
        return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if roll < 0.9:
        return f"2001:db8:{_hexs(rng, 4)}::{rng.randrange(1, 0xffff):x}"
    return _pick(rng, ["::1", "fe80::1ff:fe23:4567:890a", "127.0.0.1"])


def addr(rng: random.Random) -> str:
    port = _pick(rng, [80, 443, 8080, 5432, 6379, 9092, 2379, 3306,
        27017]) if rng.random() < 0.6 else rng.randrange(1024, 65535)
    roll = rng.random()
    if roll < 0.55:
        address = ip(rng)
        return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
    if roll < 0.9:
        return f"{host(rng)}:{port}"
    return f"[{_pick(rng, ['::1', '2001:db8::5'])}]:{port}"


def path(rng: random.Random, lang: str = "") -> str:
    if lang == "csharp" and rng.random() < 0.3:
        folder = _pick(rng, ["Jellyfin", "App", "Server"])
        return f"C:\\ProgramData\\{folder}\\{_pick(rng, ['data', 'cache', 'logs'])}\\{_pick(rng, _FILES)}"
    if rng.random() < 0.1:
        return f"/{_pick(rng, _SPACED_DIRS)}/{_pick(rng, _SPACED_FILES + _FILES)}"
    roll = rng.random()
    if roll < 0.55:
        return f"/{_pick(rng, _DIRS)}/{_pick(rng, _SERVICES)}/{_pick(rng, _FILES)}"
    if roll < 0.75:
        return f"/{_pick(rng, _DIRS)}/{_pick(rng, _SERVICES)}/{rng.randrange(10**6):06d}.{_pick(rng, _EXTS)}"
    if roll < 0.85:
        return f"/{_pick(rng, _DIRS)}/{_pick(rng, _SERVICES)}"
    if roll < 0.93:
        return f"{_pick(rng, ['data', 'conf', 'logs', 'src'])}/{_pick(rng, _FILES)}"
    return _pick(rng, _FILES)


def url(rng: random.Random) -> str:
    scheme = _pick(rng, ["https", "https", "http"])
    tail = _pick(rng, ["/", "/health", f"/api/v1/{_pick(rng, _SERVICES)}/{rng.randrange(10**5)}",
                       f"/v2/{_pick(rng, _SERVICES)}?page={rng.randrange(9)}", "/metrics",
                           "/.well-known/openid-configuration",
                       f"/{_pick(rng, _SERVICES)}/{_hexs(rng, 8)}"])
    return f"{scheme}://{_pick(rng, [host(rng), addr(rng)])}{tail}"


def duration(rng: random.Random, lang: str = "", form: str = "") -> str:
    ms = rng.expovariate(1 / 300)
    if form:
        return _duration_as(ms, form)
    if lang == "go" or rng.random() < 0.2:
        return _duration_as(ms, "go")
    if lang == "csharp":
        return f"00:{int(ms // 60000):02d}:{ms % 60000 / 1000:09.6f}"
    if lang == "java" and rng.random() < 0.3:
        return f"PT{ms / 1000:.3f}S"
    if lang == "rust":
        return f"{ms:.6g}ms" if rng.random() < 0.6 else f"{ms / 1000:.9g}s"
    return _duration_as(ms, _roll(rng, _FORMS["duration"]))


def _duration_as(ms: float, form: str) -> str:
    if form == "go":
        if ms < 1:
            return f"{ms * 1000:.3f}µs"
        if ms < 1000:
            return f"{ms:.6g}ms"
        return f"{ms / 1000:.6g}s" if ms < 60000 else f"{int(ms // 60000)}m{ms % 60000 / 1000:.3g}s"
    if form == "iso":
        return f"PT{ms / 1000:.3f}S"
    if form == "int":
        return str(int(ms))
    if form == "ms":
        return f"{int(ms)}ms"
    if form == "s":
        return f"{ms / 1000:.3f}s"
    return f"{ms / 1000:.2f} seconds"


def size(rng: random.Random, form: str = "") -> str:
    n = int(rng.expovariate(1 / 200000))
    form = form or _roll(rng, _FORMS["size"])
    if form == "bytes":
        return str(n)
    if form == "human":
        return f"{n / 1024:.1f} KB" if n < 10**6 else f"{n / 2**20:.1f} MB"
    return f"{n / 2**20:.2f}MiB"


def integer(rng: random.Random) -> str:
    return str(int(10 ** rng.uniform(0, rng.choice([1, 2, 3, 4, 6, 9]))))


def err(rng: random.Random, lang: str) -> str:
    if lang == "c":
        return _pick(rng, _ERRORS_C)  # strerror's and gai_strerror's texts, never Go's "context canceled"
    pools = {"go": _ERRORS_GO, "java": _ERRORS_JAVA, "python": _ERRORS_PY, "rust": _ERRORS_RUST,
             "js": _ERRORS_JS, "ruby": _ERRORS_RUBY, "erlang": _ERRORS_ERL, "csharp": _ERRORS_CS,
             "php": _ERRORS_PHP}
    pool = pools.get(lang)
    # Go's own runtime texts (context canceled, i/o timeout, EOF) come from Go programs only
    plain = _ERRORS_PLAIN if lang == "go" else _ERRORS_PLAIN_NOT_GO
    text = _pick(rng, pool) if pool and rng.random() < 0.6 else _pick(rng, plain)
    return (text.replace("{addr}", addr(rng)).replace("{path}", path(rng)).replace("{host}", host(rng))
            .replace("{url}", url(rng)).replace("{ip}", ip(rng)))


def signal(rng: random.Random, lang: str, named: bool = False) -> str:
    """A signal as ``lang`` prints the value a handler gets: Ruby's trap names it ``TTIN``, Go's
    os.Signal prints ``user defined signal 1``, Python's handler gets a number, Elixir's inspect
    an atom ``:sigterm``; a signal's name (``signame``) is ``SIGTERM`` in any language."""
    short = _pick(rng, sorted(_SIGNALS))
    number, go_text = _SIGNALS[short]
    if named:
        return "SIG" + short
    if lang == "go":
        return go_text
    if lang == "python":
        return str(number)
    if lang == "ruby":
        return short
    if lang == "elixir":
        return ":sig" + short.lower()
    return "SIG" + short


# what a program matches with, in the notation its name says: a regular expression, a glob, a
# CSS selector (a scraper's), a filter's expression; operators and names, not a phrase
_PATTERNS = {
    "regex": ["^/api/v[0-9]+/users/\\d+$", ".*\\.log$", "(?i)error|fatal", "^[a-z0-9-]+$", "^feature/.*",
              "\\bsession=([0-9a-f]+)", "^(GET|POST) /health", "[0-9]{4}-[0-9]{2}-[0-9]{2}",
              "^tmp_.+\\.csv$"],
    "glob": ["*.log", "/var/log/*.log", "**/*.json", "app-*", "backup-*.tar.gz", "*.{jpg,png}", "logs/**",
             "data_??.csv", "/etc/nginx/conf.d/*.conf", "release-2024*"],
    "selector": ["div.title > a", "a[href^=\"/download\"]", "#content table tr", "td:nth-child(2) a",
                 "span.size", ".torrent-name", "a.magnet", "tr.row > td.seeders", "h1.page-title"],
    "filter": ["status == \"active\"", "age > 30", "tag:prod AND region:eu", "level >= WARN",
                   "name =~ \"^db-\"", "size > 10MB", "type = 'A'", "user_id IN (1, 2, 3)",
                   "!deleted && owner == \"alice\""],
}
_COMMANDS = ["/usr/bin/ffmpeg -i {path} -c copy {path}", "git fetch --prune origin", "systemctl reload nginx",
             "/usr/local/bin/backup.sh --full {path}", "rsync -a {path} backup:{path}",
             "python -m pip install -U pip", "docker pull {name}:latest", "tar -czf {path} {path}",
             "kubectl rollout restart deployment/{name}"]


def query_string(rng: random.Random) -> str:
    """A URL's query string: a few key=value pairs joined by '&'."""
    pairs = {"page": lambda: str(rng.randrange(1, 20)), "per_page": lambda: str(_pick(rng, [20, 50, 100])),
             "key": lambda: path(rng).replace(" ", "%20"), "cert": lambda: path(rng).replace(" ", "%20"),
             "verify_mode": lambda: _pick(rng, ["none", "peer"]), "q": lambda: name(rng),
             "id": lambda: str(rng.randrange(10**5)), "period": lambda: _pick(rng, ["day", "week", "month"])}
    keys = rng.sample(sorted(pairs), rng.randrange(1, 4))
    return "&".join(f"{key}={pairs[key]()}" for key in keys)


def command(rng: random.Random) -> str:
    """A command line as a program joins it from its arguments (``" ".join(argv)``)."""
    def argument(slot: re.Match) -> str:
        return name(rng) if slot.group(1) == "name" else path(rng).replace(" ", "_")
    return re.sub(r"\{(name|path)\}", argument, _pick(rng, _COMMANDS))


_JS_FRAMES = ["at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
              "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
              "at async Promise.all (index 0)", "at Object.<anonymous> ({path}:{line}:{col})",
              "at Socket.emit (node:events:517:28)", "at {name}.handle ({path}:{line}:{col})",
              "at new Promise (<anonymous>)", "at async {name}.run ({path}:{line}:{col})"]


def stack(rng: random.Random, lang: str) -> str:
    """JavaScript's ``err.stack``: the error's text, then a few frames, one a line."""
    text = err(rng, lang)
    if lang != "js":
        return text
    frames = (_pick(rng, _JS_FRAMES).replace("{name}", _pick(rng, _CLASSES_BY_LANGUAGE["js"]))
              .replace("{path}", f"/app/src/{_pick(rng, _SERVICES)}.js")
              .replace("{line}", str(rng.randrange(1, 900))).replace("{col}", str(rng.randrange(1, 60)))
              for _ in range(rng.randrange(2, 6)))
    return text + "".join(f"\n    {frame}" for frame in frames)


def module_of(at: str, lang: str) -> str:
    """The module a call site is in, as Erlang's ``?MODULE`` (``mem3_reshard``) or Elixir's
    ``"#{__MODULE__}"`` (``Elixir.Realtime.SignalHandler``, from lib/realtime/signal_handler.ex)
    prints it: a constant of the call site."""
    path = at.rsplit(":", 1)[0]
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if lang != "elixir":
        return stem
    parts = path.rsplit(".", 1)[0].split("/")
    parts = parts[parts.index("lib") + 1:] if "lib" in parts else parts[-2:]
    return "Elixir." + ".".join("".join(word.capitalize() for word in part.split("_")) for part in parts)


def listing(rng: random.Random, lang: str, style: str) -> str:
    items = [name(rng) for _ in range(rng.randrange(0, 5))]
    if lang == "go":
        return "[" + " ".join(items) + "]"
    if lang == "python":
        return repr(items)
    if lang in ("rust", "ruby") or style == "d":
        return "[" + ", ".join(f'"{i}"' for i in items) + "]"
    if lang == "erlang":
        return "[" + ",".join(f'<<"{i}">>' for i in items) + "]"
    if lang == "js":
        return ",".join(items) if rng.random() < 0.5 else json.dumps(items)
    if lang == "csharp":
        return ", ".join(items)
    return "[" + ", ".join(items) + "]"


def structure(rng: random.Random, lang: str, form: str = "") -> str:
    n = rng.randrange(1, 4)
    keys = rng.sample(["id", "name", "size", "state", "retries", "owner", "version", "enabled"], n)
    vals = {k: (rng.randrange(1000) if k in ("id", "size", "retries") else name(rng)) for k in keys}
    kind = _pick(rng, ["Config", "Request", "Task", "Member", "Options"])
    if lang == "go":
        return "{" + " ".join(f"{k.capitalize()}:{v}" for k, v in vals.items()) + "}"
    if lang == "java":
        return kind + "{" + ", ".join(f"{k}={v!r}" if isinstance(v, str) else f"{k}={v}" for k,
            v in vals.items()).replace('"', "'") + "}"
    if lang == "python":
        return repr(vals) if rng.random() < 0.7 else f"<{kind} {name(rng)}>"
    if lang == "rust":
        return kind + " { " + ", ".join(f"{k}: {json.dumps(v)}" for k, v in vals.items()) + " }"
    if lang == "erlang":
        terms = (f"{k} => {v}" if isinstance(v, int) else f"{k} => <<{json.dumps(v)}>>"
                 for k, v in vals.items())
        return "#{" + ",".join(terms) + "}"
    if lang == "js":
        # one way per call site (form_of): "${obj}" prints [object Object], JSON.stringify JSON
        if form == "object" or (not form and rng.random() < 0.5):
            return "[object Object]"
        return json.dumps(vals, separators=(",", ":"))
    if lang == "ruby":
        return "{" + ", ".join(f"{k}: {json.dumps(v)}" for k, v in vals.items()) + "}"
    if lang == "csharp":
        return f"MediaBrowser.Model.{kind}"
    return json.dumps(vals, separators=(",", ":"))


def timestamp(rng: random.Random, lang: str, form: str = "") -> str:
    day, hour, minute, second = rng.randrange(1, 28), rng.randrange(24), rng.randrange(60), rng.randrange(60)
    form = form or _roll(rng, _FORMS["time"])
    if form == "iso":
        return f"2024-03-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}.{rng.randrange(1000):03d}Z"
    if form == "space":
        return f"2024-03-{day:02d} {hour:02d}:{minute:02d}:{second:02d}"
    if form == "epoch":
        return str(1710000000 + rng.randrange(10**6))
    return f"Tue Mar {day:2d} {hour:02d}:{minute:02d}:{second:02d} 2024"


# the forms a kind's values are printed in, with their shares; one call site prints one
# (form_of), its values' digits and units vary from line to line
_FORMS = {
    "time": (("iso", 0.5), ("space", 0.25), ("epoch", 0.15), ("ctime", 0.1)),
    "size": (("bytes", 0.6), ("human", 0.2), ("mib", 0.2)),
    "duration": (("int", 0.4), ("ms", 0.3), ("s", 0.15), ("seconds", 0.15)),
    "pattern": (("regex", 0.5), ("glob", 0.5)),  # Spring's "classpath:graphql/**", a regex's "^db-"
}


def _roll(rng: random.Random, forms: tuple) -> str:
    roll = rng.random()
    for form, share in forms:
        if roll < share:
            return form
        roll -= share
    return forms[-1][0]


def form_of(kind: str, rng: random.Random, lang: str = "") -> str:
    """The family one call site's values of ``kind`` are drawn from: ``time:iso``,
    ``duration:ms``, ``size:human``... A call site formats its value one way; Go's and
    Rust's durations and C#'s TimeSpan print their own way, units by value."""
    lang = _PRINTS_LIKE.get(lang, lang)
    if kind == "duration":
        if lang in ("go", "rust", "csharp"):
            return kind
        if lang == "java" and rng.random() < 0.3:
            return "duration:iso"
        if rng.random() < 0.2:
            return "duration:go"
    if kind == "struct":
        return ("struct:object" if rng.random() < 0.5 else "struct:json") if lang == "js" else kind
    if kind not in _FORMS:
        return kind
    return f"{kind}:{_roll(rng, _FORMS[kind])}"


def version(rng: random.Random) -> str:
    major, minor, patch = rng.randrange(0, 5), rng.randrange(0, 30), rng.randrange(0, 20)
    return _pick(rng, [f"{major}.{minor}.{patch}", f"v{major}.{minor}.{patch}", f"{major}.{minor}",
                       f"{major}.{minor}.{patch}-rc{rng.randrange(1, 4)}"])


def any_family(rng: random.Random) -> str:
    """The family an untyped placeholder draws from, chosen once per call site: the same
    placeholder of one call site holds one kind of value."""
    # no phrases: an untyped placeholder prints a thing (a folder's id, a socket's path, a
    # quality's name), and a phrase in its place splits an event no real program splits
    return _pick(rng, ["name", "name", "name", "id", "id", "int", "int", "path", "host", "addr", "user",
                       "word", "class", "url", "uuid"])


# languages whose values print as another's: C++ as C, Kotlin and Scala on the JVM as Java
# (exception texts, toString), Elixir's inspect as Ruby's ([1, 2], :atom, "text")
_PRINTS_LIKE = {"cpp": "c", "objc": "c", "kotlin": "java", "scala": "java", "elixir": "ruby"}


def id_shape(rng: random.Random) -> str:
    """The form of the ids one placeholder holds, chosen once per call site: a variable holds
    one kind of id (a 16-digit hex run id, a numeric region id, a prefixed job id), not a mix."""
    roll = rng.random()
    if roll < 0.4:
        return f"id:hex{rng.choice([8, 12, 16, 32, 40])}"
    if roll < 0.6:
        return "intid"
    if roll < 0.8:
        return f"id:token:{_pick(rng, ['job', 'req', 'tx', 'sess', 'task', 'msg', 'cus'])}"
    return "id:base32"


def _base36(number: int) -> str:
    """(slips30) ``number`` in base 36, as Ruby's ``Integer#to_s(36)`` prints it."""
    digits = string.digits + string.ascii_lowercase
    out = ""
    while True:
        number, digit = divmod(number, 36)
        out = digits[digit] + out
        if not number:
            return out


# (slips36b) a Gladys selector's words (slugify of a user's, an area's name; a store's owner and repo)
_SLUG_WORDS = ["tony", "john", "sarah", "home", "office", "living", "room", "kitchen", "garden", "gladys",
               "open", "meteo", "demo", "tesla", "hue", "netatmo", "energy", "monitor", "camera", "work"]


def _slug(rng: random.Random) -> str:
    return "-".join(_pick(rng, _SLUG_WORDS) for _ in range(rng.randrange(1, 4)))


# (slips36) shortuuid's base-57 alphabet (no 0, 1, I, O, l)
_SHORTUUID = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# (slips36) homarr's Beszel API paths (beszel-integration.ts' this.url(...) pathnames)
_BESZEL_PATHS = ["/api/collections/systems/records", "/api/collections/system_stats/records",
                 "/api/collections/containers/records", "/api/collections/container_stats/records",
                 "/api/collections/smart_devices/records", "/api/collections/systemd_services/records",
                 "/api/collections/alerts/records", "/api/collections/alerts_history/records"]

# (slips36b) the names of Klipper's [mcu NAME] sections in its config/ and docs/ at its pin
_KLIPPER_MCUS = ["EBBCan", "host", "rpi", "zboard", "z", "toolboard", "pico", "nano", "mmboard", "lis",
                 "huvud", "carto", "auxboard", "adxl", "HermitCrab"]


def _klipper_stats(rng: random.Random) -> str:
    """(slips36b) Klipper's stats line after "Stats %.1f: ": each stats() part of the printer's
    objects (statistics.py's ``' '.join``), in the order they were loaded, of a printer as config/'s
    printer files set one up (one MCU, a bed and an extruder; a printer's parts are the same on
    every line): the gcode input's, the MCU's (mcu.py: "%s: mcu_awake=… " and its serial's and
    clock's counters), the heaters' ("%s: target=%.0f temp=%.1f pwm=%.3f"), the host's load and
    the toolhead's."""
    parts = [f"gcodein={rng.randrange(0, 2_000_000)}"]
    sent = rng.randrange(1000, 9_000_000)
    parts.append(f"mcu: mcu_awake={rng.uniform(0, 0.05):.3f} mcu_task_avg={rng.uniform(0, 0.0001):.6f} "
                 f"mcu_task_stddev={rng.uniform(0, 0.0001):.6f} bytes_write={sent} "
                 f"bytes_read={rng.randrange(1000, 9_000_000)} bytes_retransmit={rng.randrange(0, 200)} "
                 f"bytes_invalid={rng.randrange(0, 5)} send_seq={sent // 20} receive_seq={sent // 20} "
                 f"retransmit_seq={rng.randrange(0, 20)} srtt={rng.uniform(0, 0.01):.3f} "
                 f"rttvar={rng.uniform(0, 0.005):.3f} rto={rng.uniform(0.025, 0.05):.3f} "
                 f"ready_bytes={rng.randrange(0, 40)} upcoming_bytes={rng.randrange(0, 400)} "
                 f"freq={_pick(rng, [16000000, 48000000, 64000000, 72000000, 120000000, 180000000])}")
    for heater in ["heater_bed", "extruder"]:
        target = _pick(rng, [0, 0, 60, 110, 210, 240])
        parts.append(f"{heater}: target={target} temp={target + rng.uniform(-3, 25):.1f} "
                     f"pwm={rng.random():.3f}")
    parts.append(f"sysload={rng.uniform(0, 2):.2f} cputime={rng.uniform(1, 9000):.3f} "
                 f"memavail={rng.randrange(100_000, 4_000_000)}")
    parts.append(f"print_time={rng.uniform(0, 90000):.3f} buffer_time={rng.uniform(0, 2):.3f} "
                 f"print_stall={rng.randrange(0, 3)}")
    return " ".join(parts)


def _pgrst_error(rng: random.Random) -> str:
    """(slips33) one of PostgREST's error payloads, its host, address, port and schema drawn."""
    code, message, details = _pick(rng, _PGRST_ERRORS)
    fill = {"host": _pick(rng, ["localhost", "db", "postgres", "pg-primary.internal", "10.0.3.12"]),
            "ip": f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            "port": _pick(rng, ["5432", "6432", "5433"]), "serial": str(rng.randrange(0, 40)),
            "schema": _pick(rng, ["api", "public", "auth", "v1", "private"]),
            "q": '\\"', "n": "\\n", "t": "\\t"}
    shown = f'"{details.format(**fill)}"' if details else "null"
    return f'{{"code":"{code}","details":{shown},"hint":null,"message":"{message.format(**fill)}"}}'


# (slips33) PHP exceptions: class, code, message, the file that throws them (under a Laravel
# application's root, /var/www/html)
_PHP_EXCEPTIONS = [
    ("Illuminate\\Database\\QueryException", 2002, "SQLSTATE[HY000] [2002] Connection refused (Connection: "
     "mysql, SQL: select * from `songs` where `id` = {hex})",
     "vendor/laravel/framework/src/Illuminate/Database/Connection.php:825"),
    ("League\\Flysystem\\UnableToDeleteFile", 0, "Unable to delete file located at: {path}. ",
     "vendor/league/flysystem/src/UnableToDeleteFile.php:32"),
    ("GuzzleHttp\\Exception\\ConnectException", 0, "cURL error 28: Operation timed out after 10001 "
     "milliseconds with 0 bytes received", "vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275"),
    ("ErrorException", 0, "Undefined array key \"{key}\"", "app/Services/{service}.php:{line}"),
    ("RuntimeException", 0, "Unable to open {path}", "app/Services/{service}.php:{line}"),
    ("TypeError", 0, "App\\Services\\{service}::handle(): Argument #1 ($song) must be of type "
     "App\\Models\\Song, null given", "app/Services/{service}.php:{line}")]


def _php_exception(rng: random.Random) -> str:
    """(slips33) ``[object] (Class(code: n): message at /var/www/html/file:line)``: the first line
    of Monolog's LineFormatter's normalized exception (its ``[stacktrace]`` on the lines after)."""
    klass, code, message, where = _pick(rng, _PHP_EXCEPTIONS)
    fill = {"hex": _hexs(rng, 26).upper(), "path": f"/music/{name(rng)}/{rng.randrange(1, 20):02d}.mp3",
            "key": _pick(rng, ["id", "path", "type", "file"]),
            "service": _pick(rng, ["MediaScanner", "PodcastService", "SongService", "Streamer"]),
            "line": str(rng.randrange(20, 400))}
    text = message.format(**fill)
    return f"[object] ({klass}(code: {code}): {text} at /var/www/html/{where.format(**fill)})"


def _k8s_status(rng: random.Random) -> str:
    """(slips33) a Kubernetes API server's error body (metav1.Status, as it encodes it)."""
    reason, code, message = _pick(rng, _K8S_STATUSES)
    fill = {"name": _pick(rng, ["func-keys", "functions-secrets", "myapp-host-keys", "host-secrets"]),
            "ns": _pick(rng, ["default", "functions", "prod", "apps"]),
            "key": _pick(rng, ["host.master", "functions.httptrigger.default", "host.function.default"]),
            "q": '\\"'}
    details = (f',"details":{{"name":"{fill["name"]}","kind":"secrets"}}'
               if reason in ("Forbidden", "NotFound", "Conflict", "Invalid") else "")
    return (f'{{"kind":"Status","apiVersion":"v1","metadata":{{}},"status":"Failure","message":"'
            f'{message.format(**fill)}","reason":"{reason}"{details},"code":{code}}}')


def _oidc_group(rng: random.Random) -> str:
    """(slips33b) a team claim an OIDC provider sent (JSON decoded into a map[string]interface{})
    whose oidcID is of a type the program does not take, as Go's %v prints it: ``map[k:v ...]``,
    its keys sorted, a list ``[a b]``, a nested object ``map[...]``, JSON's null ``<nil>``."""
    team = _pick(rng, ["Developers", "Ops Team", "Marketing", "Support", "QA", "Design", "Finance"])
    claim = {"name": team,
             "oidcID": _pick(rng, ["<nil>", "true", "false", "[]", f"map[id:{rng.randrange(1, 999)}]",
                                   f"[{rng.randrange(1, 99)} {rng.randrange(1, 99)}]"])}
    if rng.random() < 0.6:
        claim["description"] = _pick(rng, ["", f"{team} group", "synced from the identity provider",
                                           "all members"])
    if rng.random() < 0.5:
        claim["isPublic"] = _pick(rng, ["true", "false"])
    return "map[" + " ".join(f"{key}:{claim[key]}" for key in sorted(claim)) + "]"


# (slipsold37) the states a Zuul passport records, in the order a proxied request meets them
_ZUUL_PASSPORT = ["IN_REQ_HEADERS_RECEIVED", "FILTERS_INBOUND_START", "FILTERS_INBOUND_END",
                  "ORIGIN_CONN_ACQUIRE_START", "ORIGIN_CONN_ACQUIRE_END", "OUT_REQ_HEADERS_SENDING",
                  "OUT_REQ_HEADERS_SENT",
                  "OUT_REQ_LAST_CONTENT_SENT", "IN_RESP_HEADERS_RECEIVED", "IN_RESP_LAST_CONTENT_RECEIVED",
                  "FILTERS_OUTBOUND_START", "FILTERS_OUTBOUND_END", "OUT_RESP_HEADERS_SENT",
                  "OUT_RESP_LAST_CONTENT_SENT"]


def _zuul_channel(rng: random.Random) -> str:
    """(slipsold37) Zuul's ChannelUtils.channelInfoForLogging: "Channel: " and netty's channel
    ([id: 0x…, L:/local - R:/remote]), its active, open, registered and writable, and its
    CurrentPassport's toString (start_ms, the states' offsets in ns, NOW last)."""
    local, remote = f"/10.0.{rng.randrange(256)}.{rng.randrange(1, 255)}:7001", \
        f"/{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}:" \
        f"{rng.randrange(32768, 61000)}"
    active = "true" if rng.random() < 0.8 else "false"
    states, at = [], 0
    for state in _ZUUL_PASSPORT[:rng.randrange(4, len(_ZUUL_PASSPORT) + 1)]:
        states.append(f"+{at}={state}")
        at += rng.randrange(1000, 50_000_000)
    states.append(f"+{at}=NOW")
    joint = " - " if active == "true" else " ! "  # (netty's AbstractChannel.toString: "!" once inactive)
    return (f"Channel: [id: 0x{_hexs(rng, 8)}, L:{local}{joint}R:{remote}], active={active}, open={active}, "
            f"registered=true, writable={'true' if rng.random() < 0.9 else 'false'}, "
            f"Passport: CurrentPassport {{start_ms={1710000000000 + rng.randrange(10**9)}, "
            f"[{', '.join(states)}]}}")


def value(kind: str, rng: random.Random, lang: str = "", style: str = "") -> str:
    """One value of ``kind``, as ``lang`` prints it with ``style``."""
    if kind in ("signal", "signame"):  # before Elixir is read as Ruby: it prints an atom
        return signal(rng, lang, kind == "signame")
    if style == "f":  # flatlog prints a term as ~p does, a text as it is, then escapes either
        return flatlog_escaped(value(kind, rng, lang, "d" if kind.startswith("err") else ""))
    if style == "e":  # (slips27) inspect(x) inside a string that is itself inspected (an Elixir
        # Logger report's message): x as inspect prints it, its quotes and backslashes escaped
        return json.dumps(value(kind, rng, lang, "d"), ensure_ascii=False)[1:-1]
    if style == "j":  # (slips27) a value inside a JSON string: its quotes and backslashes escaped
        return json.dumps(value(kind, rng, lang), ensure_ascii=False)[1:-1]
    if style == "m":  # (slips27) an error's message alone (JavaScript's err.message): its name left out
        return re.sub(r"^\w*(?:Error|Exception): ", "", value(kind, rng, lang))
    if style.isdigit():  # (slips28) printf's %03d: the integer zero-padded to the width's digits
        text = value(kind, rng, lang)
        return text.zfill(int(style)) if text.isdigit() else text
    if style == "t":  # (slips28) logback's %15.15t: right-aligned in 15, truncated to its last 15
        return value(kind, rng, lang)[-15:].rjust(15)
    if style == "g":  # java.text.MessageFormat's {0} of a number: its digits grouped (1,234)
        text = value(kind, rng, lang)
        return f"{int(text):,}" if text.isdigit() else text
    spoken = lang
    lang = _PRINTS_LIKE.get(lang, lang)
    text = _raw(kind, rng, lang, style)
    kind = kind.split(":", 1)[0]  # id:hex16, time:iso, duration:ms: the kind, in one form
    if style == "d" and spoken in ("elixir", "ruby"):
        return _inspected(kind, text, rng, spoken)
    # digits, quoted as numbers are
    kind = {"size_int": "size", "duration_int": "int", "small": "int"}.get(kind, kind)
    # Go's %q, and util.format's %j of a string (%j of a number or an object prints it bare)
    if style == "q" and not (lang == "js" and kind in ("struct", "list", "int", "float", "bool", "size",
                                                       "intid", "port", "status")):
        return json.dumps(text)
    if style == "r" and kind not in ("int", "float", "bool", "struct", "list", "size", "intid", "port",
        "status"):
        if kind == "err":
            return _pick(rng, _ERRORS_PYREPR)
        return repr(text)
    if style == "d" and lang == "rust" and kind not in ("int", "float", "bool", "struct", "list",
        "duration", "size",
                                                        "intid", "port", "status", "err"):
        return json.dumps(text)
    if style == "d" and lang == "erlang" and kind == "err":
        return _pick(rng, _ERRORS_ERL)  # ~p prints the reason as a term, not as a sentence
    if style == "d" and lang == "erlang" and kind in ("name", "id", "path", "text", "sql", "title", "any",
                                                      "user", "host", "word", "displayname", "regex", "glob",
                                                      "selector", "filter", "pattern"):
        atom = text.replace("-", "_").replace(".", "_").lower()
        # ~p prints a binary as <<"...">>, an atom bare; a text that is no atom is never bare
        return atom if rng.random() >= 0.7 and re.fullmatch(r"[a-z][a-z0-9_@]*", atom) else f'<<"{text}">>'
    return text


def flatlog_escaped(text: str) -> str:
    """A value as ferd/flatlog's ``escape/1`` prints it: in double quotes, with ``\\n``, ``\\"``
    and ``\\\\`` escaped, when it holds a quote, a backslash or a new line; in double quotes
    as it is when it holds a space or ``=``; bare otherwise."""
    if re.search(r'["\\\n]', text):
        escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r\n", "\\r\\n")
        return '"' + escaped.replace("\n", "\\n") + '"'
    return f'"{text}"' if re.search(r"[ =]", text) else text


_ERRORS_ELIXIR_TERMS = [":timeout", ":econnrefused", "{:error, :closed}", "{:shutdown, :normal}", ":nxdomain",
                        "%DBConnection.ConnectionError{message: \"connection not available\"}",
                        "{:error, %Mint.TransportError{reason: :timeout}}"]
_ERRORS_RUBY_INSPECTED = ["#<Errno::ECONNREFUSED: Connection refused - connect(2)>",
                          "#<Net::ReadTimeout: Net::ReadTimeout>", "#<RuntimeError: something went wrong>"]


def _inspected(kind: str, text: str, rng: random.Random, lang: str) -> str:
    """A value as Elixir's ``inspect(x)`` or Ruby's ``x.inspect`` prints it: a string in double
    quotes, a number bare, an error as a term (``{:error, :closed}``) or an exception object."""
    if kind in ("int", "small", "intid", "float", "bool", "size_int", "duration_int", "port", "status",
                "struct", "list", "epoch", "stack"):
        return text
    if kind == "err":
        return _pick(rng, _ERRORS_ELIXIR_TERMS if lang == "elixir" else _ERRORS_RUBY_INSPECTED)
    if kind in ("state", "stateword", "word", "verb") and lang == "elixir":
        return ":" + re.sub(r"\W", "_", text.lower())  # an atom
    return json.dumps(text, ensure_ascii=False)


def _raw(kind: str, rng: random.Random, lang: str, style: str) -> str:
    if kind == "name":
        return name(rng)
    if kind == "word":
        return _pick(rng, _WORDS + _SERVICES)
    if kind == "verb":
        return _pick(rng, _VERBS)
    if kind == "noun":
        return _pick(rng, _NOUNS)
    if kind == "optional":  # the text when it is there (the generator leaves it out too)
        return _pick(rng, _OPTIONAL)
    if kind == "stateword":
        return _pick(rng, _STATES_WORDS)
    if kind in ("int", "count"):
        return integer(rng)
    if kind == "small":  # an attempt, an index, a depth: counted from 0 or 1, rarely past a few dozen
        return str(rng.randrange(0, 8) if rng.random() < 0.8 else rng.randrange(8, 40))
    if kind == "intid":
        return str(rng.randrange(1, 10**rng.randrange(2, 10)))
    if kind == "epoch":
        return str(1710000000000 + rng.randrange(10**9))
    if kind == "float":
        return f"{rng.uniform(0, 1000):.{rng.randrange(1, 5)}f}"
    if kind == "hex":
        return _hexs(rng, rng.randrange(2, 12)).lstrip("0") or "0"
    if kind == "hex20":  # (slips27) Ruby's SecureRandom.hex(10): 20 hex digits (a Solid Queue process's name)
        return _hexs(rng, 20)
    if kind == "hex32":  # (slips28) uuid4().hex: 32 hex digits (django-guid's correlation id, Pulp's)
        return _hexs(rng, 32)
    if kind == "alnum20":  # (slips30) 20 letters and digits (ownCloud's request id: generate(20))
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(20))
    if kind == "alnum6":  # (slips31) 6 letters and digits (rauthy's secure_random_alnum(6): a db error's id)
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6))
    if kind == "hex16":  # (slips30) uuid4().hex[:16] (Indico's request id)
        return _hexs(rng, 16)
    if kind == "userid6":  # (slips30) a user's id or "-" (anonymous), left-justified in 6 (Indico's)
        return f"{'-' if rng.random() < 0.2 else rng.randrange(1, 60000):<6}"
    if kind == "rubybacktrace":  # (slips30) Ruby's exception.backtrace.take(50).join(','): its frames
        frames = [f"/app/{_pick(rng, ['app/workers', 'lib', 'app/models'])}/{name(rng).replace('-', '_')}.rb:"
                  f"{rng.randrange(1, 400)}:in `{_pick(rng, ['work', 'call', 'perform', 'block in work'])}'"
                  for _ in range(rng.randrange(2, 8))]
        return ",".join(frames)
    if kind == "rubyoid36":  # (slips30) Ruby's object_id (2.7 on: 8, 16, 24, … as objects ask) .to_s(36)
        return _base36(8 * rng.randrange(1, 400))
    if kind == "hex8":  # a UUID cut to its first 8 characters (smart-proxy's "%.8X{request}")
        return _hexs(rng, 8)
    if kind == "base36":
        digits = string.digits + string.ascii_lowercase
        return "".join(rng.choice(digits) for _ in range(rng.randrange(5, 11)))
    if kind == "kestrelid":  # (slips20) ASP.NET Core Kestrel's TraceIdentifier: connection id:request number
        return "0HN" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(10)) + \
            f":{rng.randrange(1, 40):08X}"
    if kind == "dateus":  # (slips25) Groovy's Date.format("yyyy-MM-dd_HH:mm:ss") (Asgard's Task.log)
        return (f"2024-03-{rng.randrange(1, 28):02d}_{rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d}")
    if kind == "unixsec":  # (slips25) a Unix time in seconds (leo_logger's unixtime column)
        return str(1710000000 + rng.randrange(10**6))
    if kind == "zigerror":  # (slips25) a Zig error's name, as @errorName and {t} print it
        return _pick(rng, _ERRORS_ZIG)
    if kind == "intms":  # (slips32) a whole number of milliseconds and " ms" (k6 browser's elapsed)
        return f"{rng.randrange(0, 2000) if rng.random() < 0.9 else rng.randrange(2000, 60000)} ms"
    if kind == "datetime":  # (slips32) a date and a time, a space between (Go's "2006-01-02 15:04:05": netmaker's)
        return timestamp(rng, lang, "space")
    if kind == "pthread":  # (slips32) a Linux thread's pthread_t (Python's thread ident): "7f" and 10 hex digits
        return f"7f{rng.randrange(16**7):07x}{_pick(rng, ['6c0', '700'])}"
    if kind == "hex10":  # (slips32) ten hex digits (SimpleSAMLphp's track id: bin2hex of 5 random bytes)
        return f"{rng.randrange(16**10):010x}"
    if kind == "k8slabels":  # (slips32) a Kubernetes label selector as "k=v" pairs joined by "," (krane's)
        return ",".join(f"{_pick(rng, _K8S_LABEL_KEYS)}={name(rng)}" for _ in range(rng.randrange(1, 3)))
    if kind == "rubytime":  # (slips32) Ruby's Time#to_s (a Logger formatter's "#{datetime}"), in UTC
        return (f"2024-03-{rng.randrange(1, 28):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d} +0000")
    if kind == "netexception":  # (slips32) a .NET exception's ToString's first line: its type, its message
        return _pick(rng, _NET_EXCEPTIONS)
    if kind == "exmodule":  # (slips32) an Elixir module's name, as inspect(Module) prints it (Commanded's)
        return _pick(rng, _ELIXIR_MODULES)
    if kind == "float1":  # (slips33) a float with one decimal (Haskell's showFFloat (Just 1): milliseconds)
        return f"{rng.uniform(0, 2000):.1f}"
    if kind == "llllz":  # (slipsold36) moment's format('llll z'): "ddd, MMM D, YYYY h:mm A", the zone's name
        day, hour = rng.randrange(1, 32), rng.randrange(24)
        weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[(day + 3) % 7]  # 2024-03-01 a Friday
        clock = f"{hour % 12 or 12}:{rng.randrange(60):02d} {'AM' if hour < 12 else 'PM'}"
        return f"{weekday}, Mar {day}, 2024 {clock} " + _pick(rng, ["UTC", "EST", "EDT", "PDT", "CET"])
    if kind == "iface":  # (slipsold36) a network interface's name, as the kernel names it
        return _pick(rng, ["eth0", "eth1", "wlan0", "enp3s0", "enp0s31f6", "wlp2s0", "br0", "bond0",
                           "ens192"])
    if kind in ("ipv4", "cidr4"):  # (slipsold36) inet_ntoa's IPv4 address; an address and its prefix length
        first = _pick(rng, [10, 172, 192])
        text = f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        return text + (f"/{_pick(rng, [8, 16, 20, 24, 24, 24, 32])}" if kind == "cidr4" else "")
    if kind == "ipv6":  # (slipsold36) an IPv6 address (inet_ntop's), link-local or global
        if rng.random() < 0.5:
            head = f"fe80::{rng.randrange(1, 0xffff):x}:{_hexs(rng, 4)}"
            return f"{head}:{_hexs(rng, 4)}:{rng.randrange(1, 0xffff):x}"
        return f"2001:db8:{_hexs(rng, 4)}::{rng.randrange(1, 0xffff):x}"
    if kind == "intlist":  # (slipsold36) ids joined by ", " (Perl's join q(, ), @ids)
        return ", ".join(str(rng.randrange(1, 3_000_000)) for _ in range(rng.randrange(1, 6)))
    if kind == "hms":  # (slipsold37) a time of day, "HH:mm:ss" (Serilog's console default: ErsatzTV's)
        return f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    if kind == "smartdev":  # (slipsold37) a SATA disk as smartd names it once opened (get_info_name)
        return f"/dev/sd{rng.choice('abcdef')} [SAT]"
    if kind == "smartdrive":  # (slipsold37) a drive as smartd.conf names it
        return "DEVICESCAN" if rng.random() < 0.3 else f"/dev/sd{rng.choice('abcdef')}"
    if kind == "emails":  # (slipsold37) e-mail addresses joined by "," (ZoneMTA's envelope.to)
        return ",".join(value("email", rng) for _ in range(1 if rng.random() < 0.7 else rng.randrange(2, 4)))
    if kind == "hex24":  # (slipsold40) Ruby's SecureRandom.hex(12): 24 hex digits (a Sidekiq job's jid)
        return _hexs(rng, 24)
    if kind == "rubytid36":  # (slipsold40) Sidekiq's tid: (a thread's object_id ^ the process' pid).to_s(36)
        return _base36((8 * rng.randrange(1, 400)) ^ rng.randrange(1, 4194304))
    if kind == "bdaddr":  # (slipsold39) a Bluetooth device address as BlueZ's ba2str prints it ("%2.2X:…")
        return ":".join(f"{rng.randrange(256):02X}" for _ in range(6))
    if kind == "sapsid":  # (slipsold37) a SAP system's id (SID): three capitals and digits, a letter first
        return rng.choice(string.ascii_uppercase) + "".join(
            rng.choice(string.ascii_uppercase + string.digits) for _ in range(2))
    if kind == "staleat":  # (slipsold37) Trento's stale_at: Elixir's DateTime to_string, or "nil (in-sync)"
        if rng.random() < 0.4:
            return "nil (in-sync)"
        return (f"2024-03-{rng.randrange(1, 28):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d}.{rng.randrange(10**6):06d}Z")
    if kind == "zuulchannel":  # (slipsold37) Zuul's ChannelUtils.channelInfoForLogging
        return _zuul_channel(rng)
    if kind == "beszelpath":  # (slips36) homarr's Beszel API request paths (url.pathname)
        return _pick(rng, _BESZEL_PATHS)
    if kind == "slug":  # (slips36b) Gladys' slugify of a name: lower case, words joined by "-"
        return _slug(rng)
    if kind == "mcuname":  # (slips36b) a Klipper MCU's name: "mcu" ([mcu]) or an [mcu NAME] section's
        return "mcu" if rng.random() < 0.5 else _pick(rng, _KLIPPER_MCUS)
    if kind == "klipperstats":  # (slips36b) Klipper's stats parts, joined by " " (statistics.py)
        return _klipper_stats(rng)
    if kind == "isousec":  # (slips35) the logging gem's date_pattern "%Y-%m-%dT%H:%M:%S.%s" (%s: usec)
        return (f"2024-03-{rng.randrange(1, 28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d}.{rng.randrange(10**6):06d}")
    if kind == "isosecz":  # (slips35) "%Y-%m-%dT%H:%M:%SZ" in UTC (log4rs' and env_logger's, habitat's)
        return (f"2024-03-{rng.randrange(1, 28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d}Z")
    if kind == "base36x15":  # (slips35) 15 base-36 characters (a PhotoPrism UID after its type's letter)
        return "".join(rng.choice(string.digits + string.ascii_lowercase) for _ in range(15))
    if kind == "pct3":  # (slips35) a percentage printed "%3.0f" (xmrig's huge pages: most often all of them)
        return f"{100 if rng.random() < 0.6 else rng.randrange(100):3d}"
    if kind == "float2":  # (slips35) a number of seconds to two decimals (Ruby's format('%<time>.2f'))
        return f"{rng.expovariate(1 / 20):.2f}"
    if kind == "jsonobj":  # (slips35) a JSON object as its sender wrote it (a NATS message's payload)
        return structure(rng, "", "json")
    if kind == "hex40":  # (slips33) a 20-byte digest, 40 hex digits (aerospike's %pD: a RIPEMD-160)
        return _hexs(rng, 40)
    if kind == "hex64":  # (slips38) a 32-byte digest, 64 hex digits (a Bitcoin transaction's id: NBXplorer's)
        return _hexs(rng, 64)
    if kind == "isoms":  # (slips39) fc's time_point::to_iso_string: "%Y-%m-%dT%H:%M:%S.mmm", no zone (leap's)
        return (f"2024-03-{rng.randrange(1, 28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d}.{rng.randrange(1000):03d}")
    if kind == "fixed17":  # (slips39) a double as fc's variant prints it (setprecision(17), std::fixed)
        return f"{rng.expovariate(1 / 5):.17f}"
    if kind == "duid":  # (slips38) a DHCPv6 DUID-LLT (type 1, Ethernet, a time, a MAC): print_hex's
        return ":".join(f"{b:02x}" for b in [0, 1, 0, 1, *(rng.randrange(256) for _ in range(10))])
    if kind == "pgrsterror":  # (slips33) PostgREST's error payload (errorPayload Verbose, keys sorted)
        return _pgrst_error(rng)
    if kind == "k8sstatus":  # (slips33) a Kubernetes API error's body: a Status object's JSON
        return _k8s_status(rng)
    if kind == "aprstatus":  # (slips34) httpd's "(n)text" of an apr_status_t (log.c's log_apr_status)
        code, text = _pick(rng, _APR_STATUSES)
        return f"({code}){text}"
    if kind == "aprerrno":  # (slips34) httpd's "(n)text" of an errno it passes as the status (glibc's text)
        code, text = _pick(rng, _APR_ERRNOS)
        return f"({code}){text}"
    if kind == "datehm":  # (slips34) a date and a time to the minute (format('Y-m-d H:i'): Engelsystem's)
        return f"2024-03-{rng.randrange(1, 28):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}"
    if kind == "logbackdate":  # (slips34) logback's %date: "yyyy-MM-dd HH:mm:ss,SSS" (ISO8601, a comma)
        return (f"2024-03-{rng.randrange(1, 28):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d},{rng.randrange(1000):03d}")
    if kind == "oidcgroup":  # (slips33b) an OIDC group claim as Go's %v prints a map[string]interface{}
        return _oidc_group(rng)
    if kind == "phpexception":  # (slips33) Monolog's LineFormatter's normalized exception's first line
        return _php_exception(rng)
    if kind == "reqmethod":  # (slips21) a request logger's method: its context's, not the event's (unlabelled)
        return _pick(rng, _METHODS)
    if kind == "partitions":  # (slips21) Kafka partitions' numbers joined by "," (Karafka's rebalances)
        return ",".join(str(n) for n in sorted(rng.sample(range(12), rng.randrange(1, 5))))
    if kind == "ptr":
        return "0x7f" + _hexs(rng, 10)
    if kind == "char":
        return rng.choice(string.ascii_letters)
    if kind == "bool":
        return rng.choice(["true", "false"] if lang not in ("python",) else ["True", "False"])
    if kind == "size_int":  # a size printed by an integer conversion: its bytes
        return size(rng, "bytes")
    if kind == "duration_int":  # a duration printed by an integer conversion: a whole number
        return _duration_as(rng.expovariate(1 / 300), "int")
    if kind.startswith("size"):
        return size(rng, kind[len("size:"):])
    if kind.startswith("duration:"):
        return duration(rng, lang, kind[len("duration:"):])
    if kind == "duration":
        return duration(rng, lang)
    if kind == "duration_s":
        return f"{rng.expovariate(1 / 2):.{rng.randrange(1, 4)}f}"
    if kind == "port":
        return str(rng.choice([80, 443, 22, 8080, 5432, 6379,
            9092]) if rng.random() < 0.5 else rng.randrange(1024, 65535))
    if kind == "ip":
        return ip(rng)
    if kind == "host":
        return host(rng)
    if kind == "addr":
        return addr(rng)
    if kind == "url":
        return url(rng)
    if kind == "path":
        return path(rng, lang)
    if kind.startswith("id:hex"):
        return _hexs(rng, int(kind[len("id:hex"):]))
    if kind.startswith("id:token:"):
        alphabet = string.ascii_letters + string.digits
        tail = "".join(rng.choice(alphabet) for _ in range(rng.randrange(6, 20)))
        return f"{kind.rsplit(':', 1)[1]}_{tail}"
    if kind == "id:base32":
        return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(26))
    if kind == "id":
        roll = rng.random()
        if roll < 0.4:
            return _hexs(rng, rng.choice([8, 12, 16, 32, 40]))
        if roll < 0.6:
            return str(rng.randrange(1, 10**rng.randrange(2, 10)))
        if roll < 0.8:
            alphabet = string.ascii_letters + string.digits
            tail = "".join(rng.choice(alphabet) for _ in range(rng.randrange(6, 20)))
            return f"{_pick(rng, ['job', 'req', 'tx', 'sess', 'task', 'msg', 'cus'])}_{tail}"
        return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(26))
    if kind == "uuid":
        variant = rng.choice("89ab")
        return f"{_hexs(rng, 8)}-{_hexs(rng, 4)}-4{_hexs(rng, 3)}-{variant}{_hexs(rng, 3)}-{_hexs(rng, 12)}"
    if kind == "user":
        return _pick(rng, _USERS)
    if kind == "email":
        domain = _pick(rng, ["example.com", "mail.example.org", "corp.example.net"])
        return f"{_pick(rng, _USERS).replace('_', '.')}@{domain}"
    if kind == "err":
        return err(rng, lang)
    if kind == "stack":
        return stack(rng, lang)
    if kind == "errno":
        code, text = _pick(rng, _ERRNO)
        return f"{code}: {text}"
    if kind in ("text", "phrase"):  # a phrase: one of a few texts a local is assigned (generate.py)
        return _pick(rng, _TEXT)
    if kind == "sql":
        return _pick(rng, _SQL)
    if kind in _PATTERNS:
        return _pick(rng, _PATTERNS[kind])
    if kind.startswith("pattern"):  # pattern:regex, pattern:glob (form_of), or either
        return _pick(rng, _PATTERNS[kind.partition(":")[2] or _roll(rng, _FORMS["pattern"])])
    if kind == "title":
        return _pick(rng, _TITLES)
    if kind == "protocol":
        return _pick(rng, _PROTOCOLS)
    if kind == "scheme":
        return _pick(rng, ["https", "https", "http", "http", "socks5", "ws", "wss", "ftp"])
    if kind == "mime":
        return _pick(rng, _MIME_TYPES)
    if kind == "displayname":
        return _pick(rng, _DISPLAY_NAMES)
    if kind == "state":
        return _pick(rng, _STATES_CAPS if lang in ("java", "csharp",
            "c") or rng.random() < 0.4 else _STATES_WORDS)
    if kind == "method":
        return _pick(rng, _METHODS)
    if kind == "status" and style == "notok":  # (slips36) a status a check found outside 2xx (mailpit's)
        return str(_pick(rng, [301, 400, 401, 403, 404, 404, 405, 408, 429, 500, 502, 503, 504]))
    if kind == "nmsid":  # (slips37) Node-Media-Server's generateRandomId: Date.now() in base 36, 8 more
        return _base36(1710000000000 + rng.randrange(10**10)) + "".join(
            rng.choice(string.digits + string.ascii_lowercase) for _ in range(8))
    if kind == "alnum10":  # (slips37) piwigo's generate_key(10): base64 of random bytes, "+" and "/" out
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))
    if kind == "shortuuid":  # (slips36) github.com/lithammer/shortuuid's New(): 22 of its base-57 alphabet
        return "".join(rng.choice(_SHORTUUID) for _ in range(22))
    if kind == "status":
        return str(_pick(rng, [200, 200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 404, 429, 500, 502,
            503]))
    if kind == "version":
        return version(rng)
    if kind.startswith("time"):
        return timestamp(rng, lang, kind[len("time:"):])
    if kind == "list":
        return listing(rng, lang, style)
    if kind == "joined":  # ", ".join(names): the items alone, no brackets nor quotes
        return ", ".join(name(rng) for _ in range(rng.randrange(1, 5)))
    if kind == "commas":  # (slips33) names joined by "," alone (T.intercalate ",": PostgREST's schemas)
        return ",".join(name(rng) for _ in range(rng.randrange(1, 4)))
    if kind == "spaced":  # Enum.join(keys, " "): the items, a space between
        return " ".join(name(rng) for _ in range(rng.randrange(1, 5)))
    if kind == "command":
        return command(rng)
    if kind == "querystring":
        return query_string(rng)
    if kind.startswith("struct"):
        form = "json" if style == "q" else kind.partition(":")[2]  # %j prints JSON
        return structure(rng, lang, form)
    if kind == "class":
        return _pick(rng, _CLASSES_BY_LANGUAGE.get(lang, _CLASSES))
    return name(rng)
