"""HTTP statuses become their class in the template: 5xx, 4xx, 3xx and 2xx lines never share
a pattern, and ``PatternMiner.status_class`` says a pattern's class (docs/patterns.md)."""

from __future__ import annotations

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import mask
from otlp_sampler.patterns.http import status_class
from otlp_sampler.patterns.masking import mask_statuses

COMBINED = ('10.0.0.{a} - frank [10/Oct/2000:13:55:{s:02d} -0700] "GET /api/v1/items/{i} HTTP/1.1" '
            '{code} {n} "-" "curl/8.0"')


def _classes(template: str, codes=(200, 204, 301, 404, 429, 500, 503)) -> dict[int, set[str]]:
    miner = PatternMiner("edge")
    out: dict[int, set[str]] = {}
    for index in range(70):
        code = codes[index % len(codes)]
        line = template.format(a=index % 250, s=index % 60, i=1000 + index, code=code, n=200 + index)
        out.setdefault(code // 100, set()).add(miner.add(line))
    return out


def _assert_one_pattern_per_class(template: str) -> None:
    """Each of 2xx, 3xx, 4xx and 5xx is one pattern of ``template``'s lines, a pattern of its own."""
    classes = _classes(template)
    ids = [next(iter(found)) for found in classes.values()]
    assert all(len(found) == 1 for found in classes.values()), (template, classes)
    assert len(set(ids)) == len(classes) == 4, (template, classes)


def test_each_status_class_is_its_own_pattern_in_every_form_logs_use():
    for template in (
        COMBINED,
        '10.0.0.{a} - - [10/Oct/2000:13:55:{s:02d} -0700] "POST /cart/{i} HTTP/1.0" {code} {n}',  # common
        "GET /api/products/{i} {code} in {n}ms",  # an application's own line
        "level=info msg=request path=/items/{i} status={code} took={n}ms",
        '{{"msg":"request","path":"/items/{i}","status":{code},"ms":{n}}}',
        '{{"msg":"request","path":"/items/{i}","statusCode":"{code}","ms":{n}}}',
        "upstream returned status {code} for /items/{i} after {n} ms",
        "HTTP/1.1 {code} Reason Phrase for {i} in {n}",
    ):
        _assert_one_pattern_per_class(template)


def test_the_exact_cache_keeps_classes_apart():
    # same text but the status: the digits-to-zero key is the same for both
    miner = PatternMiner()
    ok = miner.add("GET /a/1 200 in 5ms")
    failed = miner.add("GET /a/1 500 in 5ms")
    assert ok != failed
    for _ in range(3):  # and from the cache, in any order
        assert miner.add("GET /a/7 503 in 9ms") == failed
        assert miner.add("GET /a/7 201 in 9ms") == ok
    assert miner.status_class(failed) == 5 and miner.status_class(ok) == 2


def test_the_template_keeps_the_method_the_route_and_the_class():
    miner = PatternMiner()
    pid = miner.add("GET /api/products/1034 200 in 131ms")
    assert miner.add("GET /api/products/77 204 in 3ms") == pid
    assert miner.template(pid) == "GET /api/products/<*> 2xx in <*>"
    assert miner.status_class(pid) == 2
    assert miner.add("GET /api/orders/77 204 in 3ms") != pid  # another route
    assert miner.add("POST /api/products/77 204 in 3ms") != pid  # another method
    assert miner.status_class(miner.add("cache warmed in 5 ms")) is None


def test_numbers_that_are_not_statuses_stay_values():
    assert mask("exit status 127 after 200 retries") == "exit status <*> after <*> retries"
    assert mask("worker 503 started") == "worker <*> started"
    assert mask("status: 900") == "status: <*>"  # not a status: out of range
    assert status_class("a 5xx and a 2xx") == 5 and status_class("no status") is None


def test_a_status_after_the_protocols_name_a_response_or_a_status_code_of():
    # round 11 (statusclass): forms the labels class and http.py did not read
    for template in (
        "upstream: got HTTP {code} from host-{i} after {n} tries",
        "HTTP: {code} from host-{i}",
        "tunnel established, response {code} for {i}",
        "response code: {code} for {i}",
        "Response status={code} for {i}",  # (a status key: read before too)
        "a response with a status code of {code} must not have a body ({i})",
        "Wrong status code for Do Not Sell data: {code} ({i})",  # capitalised words between
        '10.0.0.{a}:{n} - "GET /run/{i} HTTP/2" {code}',  # a version of one digit (read before too)
        '10.0.0.{a}:{n} - "GET /run/{i} HTTP/3.0-draft" {code}',  # a version of any form
    ):
        _assert_one_pattern_per_class(template)


def test_a_status_before_a_sentences_period_or_after_a_hash_arrow_is_one():
    # (round 32, r30text) a sentence that ends with the status (`… status: %d.`, `… returned
    # response code %d.`) and a key's `=>` (Ruby's and PHP's hashes, Perl's, a Python program's
    # own `status_code => %s`): each class its own pattern, the class kept in the template
    for template in (
        "http response entity is empty, status: {code}.",
        'Webhook "hook-{i}" returned unsuccessful response code {code}. [] []',
        "[PID:{n}][ERROR][root] send ERROR. status_code => {code}",
        "request {i} done, status => {code}, took {n}ms",
    ):
        _assert_one_pattern_per_class(template)
    miner = PatternMiner()
    pid = miner.add("http response entity is empty, status: 503.")
    assert miner.template(pid) == "http response entity is empty, status: 5xx." and miner.status_class(pid) == 5
    for text, masked in (
        # in a cause that folds, such a status key's class stays after the value
        # (causes.keep_status_classes)
        ("sync failed: status=503. body=no such key", "sync failed: <*> 5xx"),
        ("sync failed: status_code => 404 body=no such key", "sync failed: <*> 4xx"),
        # near misses: a decimal or a version after the key, a period after an exit status,
        # an arrow after another word
        ("status: 200.5 ms", "status: <*>"),
        ("status 404.1.2 installed", "status <*> installed"),
        ("exit status 404.", "exit status <*>."),
        ("worker => 503", "worker => <*>"),
    ):
        assert mask(text) == masked, text


def test_a_number_with_a_unit_after_http_or_a_response_stays_a_value():
    assert mask("response 200 bytes") == "response <*>"
    assert mask("response time 250 ms") == "response time <*>"
    assert mask("got HTTP 404 ms late") == "got HTTP <*> late"
    assert mask("sent 503 bytes over HTTP 2") == "sent <*> over HTTP <*>"
    assert mask("listening on HTTP port 443") == "listening on HTTP port <*>"
    assert mask("HTTP/2 stream 301 reset") == "HTTP/<*> stream <*> reset"
    assert mask("responses 404 pending") == "responses <*> pending"  # not the word response


def test_a_status_keys_class_stays_when_the_cause_it_is_in_folds():
    # round 11 (statusclass): the cause of a failure is one value, but a status key in it
    # is the call site's field, and its class names the event
    for template in (
        "request {i} failed: status={code} body={{id: {n}}}",
        "Http request process error: status={code}, version: 3.{n}, host: 10.0.0.{a}",
        "GetInterfaceInfo #{a} failed (status={code}) : Broken pipe",
        "remote replied with unexpected status code (status_code={code})",
    ):
        _assert_one_pattern_per_class(template)
    assert mask("job 7 failed: status=503 body=x") == "job <*> failed: <*> 5xx"


def test_a_status_said_in_an_errors_words_stays_in_the_folded_cause():
    # a call site's causes vary; one that names a status is one of them, no class of its own
    miner = PatternMiner()
    ids = {miner.add(f"Failed to refresh plugin {i}: {cause}") for i, cause in enumerate((
        "unexpected status 503", "permission denied", "Error: Request failed with status code 502",
        "connection reset by peer", "unexpected status 404", "EOF"))}
    assert len(ids) == 1, [miner.template(pid) for pid in ids]


def test_a_status_class_as_a_keys_value_in_a_key_list_stays():
    # a key list's values are folded to one value each (tokens._fold_keyed_values), but a
    # status class names the event, alone or after a folded cause
    classes = _classes("Upload done for {i}, status: {code}, path: /srv/{n}, user: bob")
    assert len({next(iter(found)) for found in classes.values()}) == 4, classes
    miner = PatternMiner()  # a status in an error's words is that error's text
    ids = {miner.add(f"Open folder result: {cause}, path: /srv/{i}") for i, cause in enumerate((
        "authentication failed", "unexpected status 503", "operation timed out", "unexpected status 404"))}
    assert len(ids) == 1, [miner.template(pid) for pid in ids]


def test_a_code_location_keeps_the_statuses_found_before_it():
    # a location that closes (or opens) the record names its call site by the line's digits,
    # which the exact cache reads as it reads a status's first digit; the statuses found
    # before it must stay read too, or a 4xx text with the key of a 5xx one (digits to zero)
    # gets the 5xx one's pattern from the exact cache
    _assert_one_pattern_per_class("upload failed status={code} (upload.c:123)")
    miner = PatternMiner()
    failed = miner.add("upload failed status=503 (upload.c:123)")
    missing = miner.add("upload failed status=404 (upload.c:123)")
    assert failed != missing
    assert miner.status_class(failed) == 5 and miner.status_class(missing) == 4
    for text in ("upload failed status=503 (upload.c:123)", "upload.c:123: upload failed status=503"):
        positions = mask_statuses(text)[1]
        assert text.index("503") in positions, (text, positions)
        assert text.index("123") in positions, (text, positions)


def test_one_reader_says_what_a_status_class_word_is():
    """``http.status_class_word`` is the one reader of a class token (templates, tokens and
    shapes ask it): the five classes of RFC 9110 (1xx to 5xx), a sentence's period after one
    or not. Before it, ``templates.status_class_word`` read any digit and no period (``6xx``
    yes, ``5xx.`` no) and ``http.STATUS_CLASS`` the other way round."""
    from otlp_sampler.patterns import shapes, templates, tokens
    from otlp_sampler.patterns.http import status_class_word

    for word in ("1xx", "2xx", "3xx", "4xx", "5xx", "5xx.", "1xx."):
        assert status_class_word(word), word
    for word in ("6xx", "0xx", "9xx", "6xx.", "5xx..", "5xxx", "5x", "xx", "", "axx", "5XX", "5xx:"):
        assert not status_class_word(word), word
    assert templates.status_class_word is status_class_word
    assert shapes.status_class_word is status_class_word
    assert tokens.status_class_word is status_class_word
    # (a class is a word of capitals' kind, a state's: it names the event; a digit-led word
    # that is no class is not)
    kinds = templates.kinds_of(["GET", "/x", "5xx.", "6xx"])
    assert kinds[2] == templates.CAPS and kinds[3] != templates.CAPS


def test_a_status_class_at_a_sentences_end_keeps_a_kept_locations_lines_apart():
    """After a code location masking kept, two lines that differ by a status's class at a
    sentence's end (``5xx.`` / ``4xx.``) are two events, as ``5xx`` / ``4xx`` are."""
    from otlp_sampler.patterns import templates

    def toks(cls: str) -> list[str]:
        return ["client.go", ":", "88", "]", "request", "failed", "with", cls]

    at = templates.kept_location_at(toks("5xx."))
    assert at == 2
    for a, b in (("5xx.", "4xx."), ("5xx", "4xx")):
        assert not templates._one_kept_location_at(toks(a), toks(b), at), (a, b)
    assert templates._one_kept_location_at(toks("<*>"), toks("later"), at)


def test_a_status_after_the_protocols_name_and_the_word_error_is_one():
    # (round 34, r32b) `HTTP Error 404: Not Found` (Python's urllib.error.HTTPError), a client's
    # `HTTP error 503 calling <url>`, Jetty's `HTTP ERROR 500`: the word error between the
    # protocol's name and its status; before, every class was one pattern (`HTTP Error <*>`)
    for template in (
        "<proxyHandler> HTTP Error {code} calling https://host-{i}/api/v{n}",
        "HTTP error {code} from host-{i} after {n} tries",
        "HTTP ERROR {code} on /items/{i}",
    ):
        _assert_one_pattern_per_class(template)
    # (the masked text holds the class; a cause the word announces still folds whole, as any
    # cause that mentions a status: `… got HTTP Error: <*>`, § The cause of a failure)
    assert mask_statuses("upload got HTTP Error: 404")[0] == "upload got HTTP Error: 4xx"
    assert mask("HTTP Error 200 bytes sent") == "HTTP Error <*> sent"  # (a unit: no status)
    assert mask("HTTP errors 404 and 500 counted") == "HTTP errors <*> and <*> counted"


def test_a_status_after_a_value_in_a_folded_cause_keeps_its_class():
    # (round 34, r32b; causes._STATUS_KEY_CLASS) the word status right after a value (a url's
    # status: `Error getting data from Kavita: %s status %d. Data: %s`) is the call site's
    # field, as a status key is: its class stays after the folded cause; an error's words
    # about a status (`unexpected status 503`) are still one cause among the call site's others
    _assert_one_pattern_per_class("Error getting data from Kavita: https://host-{i}/api status {code}. Data: {n}")
    miner = PatternMiner("edge")
    ids = {miner.add(f"sync failed: unexpected status {code}") for code in (200, 404, 503)}
    ids.add(miner.add("sync failed: connection refused"))
    assert len(ids) == 1


def test_a_status_after_the_word_code_in_a_requests_clause_is_one():
    # (round 36, r34c) `Problem during schedule request, got code %d` (Engelsystem): the word
    # code a few words after a request, in its clause, names the response's status; before,
    # every class was one pattern (`… got code <*>`)
    for template in (
        "Problem during schedule request, got code {code}",
        "upload request ended with code: {code} after {n} tries",
        "Token request returned code {code} for client-{i}",
    ):
        _assert_one_pattern_per_class(template)
    # not a program's or the OS's codes, nor a code past the request's clause or with a unit
    for text in ("request failed with error code 110", "request done, exit code 127",
                 "request sent. Got code 404", "request took code 200 ms"):
        assert mask_statuses(text)[1] == (), text
    assert mask_statuses("Request code 404")[0] == "Request code 4xx"
