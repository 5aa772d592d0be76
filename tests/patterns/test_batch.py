"""add_batch: a request's records read together (otlp_sampler/patterns/batch.py).

Each rule of the evidence has a batch where it decides, beside the same records placed one
at a time (``add``), which the past alone cannot decide."""

from __future__ import annotations

import random

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.batch import MAX_LISTS, MAX_PARTNERS, MAX_TOKENS, BatchEvidence, rest_keys
from otlp_sampler.patterns.masking import WILDCARD
from otlp_sampler.patterns.templates import kinds_of
from otlp_sampler.patterns.tokens import tokens


def _one_at_a_time(lines: list[str]) -> list[str]:
    """Each line's template once all are placed."""
    miner = PatternMiner()
    ids = [miner.add(line) for line in lines]
    return [miner.template(pid) or "" for pid in ids]


def _as_a_batch(lines: list[str]) -> list[str]:
    miner = PatternMiner()
    return [miner.template(pid) or "" for pid in miner.add_batch(lines)]


def _patterns(miner: PatternMiner) -> list[tuple[str, str, int]]:
    return [(p.id, p.template, p.count) for p in miner.patterns()]


# ---------------------------------------------------------------- a place that varies


def test_three_words_at_one_place_of_otherwise_equal_records_are_a_variable() -> None:
    lines = ["Stopping alpha", "Stopping beta", "Stopping gamma"]
    # one at a time, a short message's second word may be its event's: three patterns
    assert len(set(_one_at_a_time(lines))) == 3
    assert _as_a_batch(lines) == ["Stopping <*>"] * 3


def test_a_word_before_a_mark_with_a_space_before_it_may_be_a_variable() -> None:
    # " : " separates a record's fields (a component, then the message): no key
    lines = ["ERROR :: alpha : queue drained", "ERROR :: beta : queue drained",
             "ERROR :: gamma : queue drained"]
    assert len(set(_one_at_a_time(lines))) == 3
    assert _as_a_batch(lines) == ["ERROR :: <*> : queue drained"] * 3
    spaced_equals = ["Set alpha = on now", "Set beta = on now", "Set gamma = on now"]
    assert _as_a_batch(spaced_equals) == ["Set <*> = on now"] * 3


def test_a_key_of_the_records_own_is_no_variable() -> None:
    # the mark right after the word: a key the record opens with, its value after it (the
    # record's name), or a word of the sentence before a colon (the program's own noun)
    for lines in (["getTodayBasicSteps= 12", "getDiffTotalSteps= 3", "getStepCounterStatus= 7"],
                  ["Country: 3416", "Region: 12", "Timezone: 7"],
                  ["Unhandled site: quota exceeded", "Unhandled lobby: quota exceeded",
                   "Unhandled room: quota exceeded"]):
        assert _as_a_batch(lines) == _one_at_a_time(lines)
        assert len(set(_as_a_batch(lines))) == 3


def test_a_name_a_record_prints_before_a_mark_may_be_a_variable() -> None:
    # a key inside the message (a map's key a call site prints, "Set %s=%s now"), a label of
    # the message's words, a name after a mark or a value and before a colon and a value:
    # the batch shows it varying, the rest equal (batch._name_before_mark)
    for lines, template in (
            (["Set alpha=on now", "Set beta=on now", "Set gamma=on now"], "Set <*>=on now"),
            (["ERROR :: alpha: queue drained", "ERROR :: beta: queue drained",
              "ERROR :: gamma: queue drained"], "ERROR :: <*>: queue drained"),
            (["lldpd | DBG | alpha: out filter", "lldpd | DBG | beta: out filter",
              "lldpd | DBG | gamma: out filter"], "lldpd | DBG | <*>: out filter"),  # (a head's bars: no keyed fields)
            (["(PID 7) alpha: 12", "(PID 7) beta: 3", "(PID 7) gamma: 40"], "(PID <*>) <*>: <*>")):
        assert len(set(_one_at_a_time(lines))) == 3
        assert _as_a_batch(lines) == [template] * 3


def test_two_words_are_no_variable() -> None:
    lines = ["Stopping alpha", "Stopping beta", "Disk full"]
    assert _as_a_batch(lines) == _one_at_a_time(lines) == lines


def test_words_said_again_and_again_are_no_variable() -> None:
    # three words, five records: more than REPEATS (1.5) records a word, a few events' words
    lines = ["Stopping alpha", "Stopping alpha", "Stopping beta", "Stopping beta", "Stopping gamma"]
    assert _as_a_batch(lines) == _one_at_a_time(lines) == lines


def test_names_each_said_about_as_often_are_a_variable() -> None:
    # a program that works through a set of things (shards, queues, tenants) names each
    # about as often: three plain names or more, each in two records or more and none in
    # more than three times another's records, are a variable's values (batch._name_pool)
    lines = ["Stopping alpha", "Stopping beta", "Stopping gamma"] * 2 + ["Stopping beta"]
    assert len(set(_one_at_a_time(lines))) == 3
    assert _as_a_batch(lines) == ["Stopping <*>"] * 7
    # not events' words, however evenly said: states, verbs' forms
    for words in (("idle", "busy", "full"), ("started", "stopped", "retrying"), ("sent", "lost", "held")):
        lines = [f"Pool {word}" for word in words] * 2
        assert _as_a_batch(lines) == _one_at_a_time(lines) == lines
    # nor names one of which is said many times more often than another (events come unevenly)
    lines = ["Stopping alpha"] * 7 + ["Stopping beta", "Stopping gamma"] * 2
    assert _as_a_batch(lines) == _one_at_a_time(lines) == lines
    # nor names of code (snake_case: a function's, a table's, one call site's each)
    lines = ["Analyzing tmp_users", "Analyzing tmp_orders", "Analyzing tmp_items"] * 2
    assert _as_a_batch(lines) == _one_at_a_time(lines)


def test_records_of_another_token_count_are_no_evidence() -> None:
    lines = ["Stopping alpha", "Stopping beta", "Stopping gamma now"]
    assert _as_a_batch(lines) == _one_at_a_time(lines) == lines


def test_records_of_another_call_site_are_no_evidence() -> None:
    # "Starting gamma" differs at two places from each: it says nothing of the second word
    lines = ["Stopping alpha", "Stopping beta", "Starting gamma"]
    assert _as_a_batch(lines) == _one_at_a_time(lines) == lines


def test_records_the_miner_knows_are_no_evidence() -> None:
    lines = ["Stopping alpha", "Stopping beta", "Stopping gamma"]
    miner = PatternMiner()
    miner.add("Stopping alpha")
    # the known record is not read: two new words at the place are no variable
    assert [miner.template(pid) for pid in miner.add_batch(lines)] == lines
    # nor is one whose masked text the miner knows (another number: another exact-cache key)
    lines = ["Stopping alpha after 12 s", "Stopping beta after 1 s", "Stopping gamma after 1 s"]
    assert _as_a_batch(lines) == ["Stopping <*> after <*>"] * 3
    miner = PatternMiner()
    miner.add("Stopping alpha after 7 s")
    assert [miner.template(pid) for pid in miner.add_batch(lines)] == [
        "Stopping alpha after <*>", "Stopping beta after <*>", "Stopping gamma after <*>"]


def test_a_record_known_by_its_status_class_is_no_evidence() -> None:
    lines = ["Fetched page alpha status=201", "Fetched page beta status=200", "Fetched page gamma status=200"]
    assert _as_a_batch(lines) == ["Fetched page <*> status=2xx"] * 3
    # a 2xx of alpha's is known (the exact cache's entry, by the status's first digit)
    batched, one_by_one = PatternMiner(), PatternMiner()
    known = batched.add("Fetched page alpha status=200")
    one_by_one.add("Fetched page alpha status=200")
    ids = batched.add_batch(lines)
    assert ids[0] == known
    assert ids == [one_by_one.add(line) for line in lines]


# ---------------------------------------------------------------- two events


def test_two_words_each_said_twice_are_two_events() -> None:
    lines = ["Worker starting job", "Worker finishing job"] * 2
    # one at a time the second joins the first (one word of three differs)
    assert set(_one_at_a_time(lines)) == {"Worker <*> job"}
    assert _as_a_batch(lines) == lines


def test_a_name_in_brackets_glued_to_a_value_is_no_event() -> None:
    # rspamd's #<pid>(<process type>): the name goes with the value, a small pool's names
    # each said again and again, no two events (templates.annotation_at)
    controller = "#3(controller) <a1>; task; watcher rescheduled"
    normal = "#4(normal) <b2>; task; watcher rescheduled"
    assert set(_as_a_batch([controller, normal] * 2)) == {"#<*>(<*>) <<*>>; task; watcher rescheduled"}
    # nor one its pattern's first records all printed (shapes._settled), one at a time too
    assert set(_one_at_a_time([controller] * 3 + [normal])) == {"#<*>(<*>) <<*>>; task; watcher rescheduled"}
    # with a space before the bracket it is a note of the sentence's, which may be the event's
    spaced = ["Generated <a1> (solution) now", "Generated <b2> (default) now"] * 2
    assert _as_a_batch(spaced) == ["Generated <<*>> (solution) now", "Generated <<*>> (default) now"] * 2


def test_a_word_said_once_is_no_second_event() -> None:
    lines = ["Worker starting job", "Worker finishing job", "Worker starting job"]
    assert _as_a_batch(lines) == _one_at_a_time(lines) == ["Worker <*> job"] * 3


def test_three_words_at_the_place_are_no_two_events() -> None:
    lines = ["Worker starting job", "Worker finishing job"] * 2 + ["Worker pausing job"]
    assert _as_a_batch(lines) == _one_at_a_time(lines) == ["Worker <*> job"] * 5


# ---------------------------------------------------------------- a text that varies


# a stream's texts (reasons, errors' texts), each printed by two call sites
_TEXTS = ["no healthy upstream", "lease expired", "disk usage above high watermark",
          "client closed request"]


def test_texts_that_other_call_sites_print_too_end_a_record_as_one_value() -> None:
    lines = ([f"registering instance for root {text}" for text in _TEXTS]
             + [f"Warnings written to {text}" for text in _TEXTS])
    # one at a time, each text of a length is its own pattern (no mark introduces it)
    assert len(set(_one_at_a_time(lines)[:4])) > 1
    assert _as_a_batch(lines) == ["registering instance for root <*>"] * 4 + ["Warnings written to <*>"] * 4
    # before a closing mark too (a bracketed key's value)
    closed = [f"failed to send event [error={text}]" for text in _TEXTS] + [
        f"failed to load store [error={text}]" for text in _TEXTS]
    assert _as_a_batch(closed) == ["failed to send event [error=<*>]"] * 4 + ["failed to load store [error=<*>]"] * 4


def test_texts_after_one_place_only_may_be_its_events() -> None:
    # no other call site prints them: a component's or a logger's own messages
    lines = [f"INFO [sched] - {text}" for text in _TEXTS] + [f"Warnings written to {text}" for text in _TEXTS[:1]]
    assert _as_a_batch(lines) == _one_at_a_time(lines)
    assert "INFO [sched] - <*>" not in _as_a_batch(lines)


def test_texts_that_share_their_first_or_last_word_keep_it() -> None:
    # (the words the call site prints around the value: due to <*>, with <*> environments.)
    due = [f"worker exited due to {text}" for text in _TEXTS] + [f"Warnings written to {text}" for text in _TEXTS]
    assert "worker exited <*>" not in _as_a_batch(due)
    last = [f"only allowed to work with {text} environments" for text in _TEXTS] + [
        f"Warnings written to {text} environments" for text in _TEXTS]
    assert not any(template.endswith("<*>") for template in _as_a_batch(last))


def test_the_same_words_after_the_same_word_under_two_heads_are_one_call_sites() -> None:
    # a call site's words logged at two levels: printed after another head, never after
    # another word (a text many call sites print comes after other words: to, for root, =)
    events = ["run tests", "read version", "load plugins"]
    lines = [f"{level} [app] Could not {event}" for event in events for level in ("ERROR", "WARN")]
    assert _as_a_batch(lines) == _one_at_a_time(lines)
    assert not any(template.endswith("<*>") for template in _as_a_batch(lines))


def test_a_records_head_alone_is_no_place_of_a_text() -> None:
    # a tag and then the message: the message is the event, whatever other heads print it
    texts = ["Connection setup was successful", "Resuming from saved state", "Loading the playlist"]
    lines = [f"[10.0.0.{n}:80] {text}" for n, text in enumerate(texts)] + [
        f"session alpha: {text}" for text in texts]
    assert "[<*>] <*>" not in _as_a_batch(lines)


def test_a_head_of_a_level_and_values_alone_is_no_place_of_a_text() -> None:
    # (glog's letter and thread, masked: W <*>] …) each call site's message after the head,
    # logged at two levels: printed after another head, yet no text that varies
    events = ["shutting down", "client closed request", "version mismatch between nodes",
              "the size of elems is zero"]
    lines = [f"{level} {thread}] {event}" for event in events for level, thread in (("W", 12), ("E", 7))]
    assert not any(template.endswith("] <*>") for template in _as_a_batch(lines))


def test_a_head_of_labels_and_their_colons_alone_is_no_place_of_a_text() -> None:
    # (a script, its command and the level, each a name and its colon: gsmtool: STOP: INFO: …)
    # each call site's message after the labels, printed after another command's label too:
    # no text that varies (they were one pattern a command, gsmtool: STOP: INFO: <*>)
    events = ["Forcing update to correct issue", "Changing master setting.", "Setting hostname now",
              "Removing stale lock file"]
    commands = ("STOP", "START", "DETAILS", "UPDATE", "BACKUP")
    lines = [f"gsmtool: {command}: INFO: {event}" for command in commands for event in events]
    assert set(_as_a_batch(lines)) == {f"gsmtool: <*>: INFO: {event}" for event in events}


def test_a_head_with_a_code_locations_line_is_a_place_of_a_text() -> None:
    # the kept line names one call site: the texts after it are its values (aria2's
    # [ERROR] [NameResolveCommand.cc:115] <strerror>), printed by other call sites too
    texts = ["No route to host", "Read-only file system", "Operation not permitted", "Connection refused"]
    lines = [f"[ERROR] [Resolver.cc:115] {text}" for text in texts] + [
        f"[ERROR] [Peer.cc:103] {text}" for text in texts]
    assert _as_a_batch(lines) == ["[ERROR] [Resolver.cc:115] <*>"] * 4 + ["[ERROR] [Peer.cc:103] <*>"] * 4


def test_texts_that_a_sentence_introduces_with_a_colon_are_one_value_printed_at_one_place() -> None:
    # a call site's sentence, then a colon or a key's =, then a text: three texts or more of
    # two words or more, with as many first and last words, are its values though no other
    # call site of the batch prints them (Original error was: <reason>, stderr=<text>;
    # one at a time, each text of a length is its own pattern)
    lines = [f"WARN Last notice of the job was: {text}" for text in _TEXTS]
    assert len(set(_one_at_a_time(lines))) > 1
    assert _as_a_batch(lines) == ["WARN Last notice of the job was: <*>"] * 4
    keyed = [f"INFO: stderr={text}" for text in _TEXTS]
    assert _as_a_batch(keyed) == ["INFO: stderr=<*>"] * 4
    # after a sentence's stop: a second sentence, the error's text
    stopped = [f"It was impossible to encode the title with iconv. {text}" for text in _TEXTS]
    assert _as_a_batch(stopped) == ["It was impossible to encode the title with iconv. <*>"] * 4


def test_texts_after_a_sentences_word_one_of_them_printed_elsewhere_are_one_value() -> None:
    # after a word, one of the texts printed by another call site too (after another word)
    # tells the stream's values from the call sites' own words (a strerror, a reason)
    lines = [f"Stash request failed {text}" for text in _TEXTS] + [f"Flush aborted after {_TEXTS[0]}"]
    assert len(set(_one_at_a_time(lines)[:4])) > 1
    assert _as_a_batch(lines)[:4] == ["Stash request failed <*>"] * 4


def test_texts_after_a_heads_label_or_a_word_printed_at_one_place_stay_events() -> None:
    # a label that opens the message (a logger's, a component's, a program's with its pid):
    # every message of the logger comes after it, its own events
    events = ["Initialising internal account list", "Corrupt queue output file",
              "child dying of old age", "Heap compaction requested by user"]
    for head in ("MailScanner[4242]:", "[main(3) dbg]", "Multipart:", "sticker:"):
        lines = [f"{head} {event}" for event in events]
        assert _as_a_batch(lines) == _one_at_a_time(lines), head
    # a label of two words (a component's name): its messages are capitalised sentences, the
    # values a sentence goes on with are mostly in lower case
    sentences = ["Zxcvbn library not found.", "Invalid httpapi method", "Unable to change password",
                 "Unable to connect to mail server"]
    lines = [f"Password plugin: {sentence}" for sentence in sentences]
    assert _as_a_batch(lines) == _one_at_a_time(lines)
    # after a word of the sentence (Executed action to <its own words>): the call sites' events
    actions = ["synchronize domain expiration dates", "remove stale unpaid orders",
               "activate paid invoices", "send pending reminders"]
    lines = [f"application.INFO: Executed action to {action}" for action in actions]
    assert _as_a_batch(lines) == _one_at_a_time(lines)
    # one-word texts after a colon: read_variables' (a value's words), not a text's
    short = [f"Unknown server mode: {word} now" for word in ("default", "billing", "shipping")]
    assert _as_a_batch(short) == _one_at_a_time(short)


def test_texts_printed_at_one_place_that_share_a_word_at_an_end_keep_it() -> None:
    # (the call site's words around the texts: due to <*>, <*> again)
    for form in ("WARN Last notice of the job was: due to {}", "WARN Last notice of the job was: {} again"):
        lines = [form.format(text) for text in _TEXTS]
        assert "WARN Last notice of the job was: <*>" not in _as_a_batch(lines)


def test_read_text_of_a_list_read_answers_as_of_the_list_afresh() -> None:
    # (the placing hands read_text the index of the reading's own list, whose runs the reading
    # found: the same answer as the runs found again, for texts with a run and without, an
    # apostrophe's, a hyphen's and a stop's words among them)
    texts = ([f"registering instance for root {text}" for text in _TEXTS]
             + [f"Warnings written to {text}" for text in _TEXTS]
             + [f"failed to load store [error={text}]" for text in _TEXTS]
             + ["worker can't re-read config.", "Worker 12 done", "[10.0.0.1:80] Loading the playlist"])
    lists = _lists(*texts)
    evidence = BatchEvidence()
    _read(evidence, lists)
    read = 0
    for index, (token_list, kinds, _) in enumerate(lists):
        spaced = tokens(texts[index])[1]
        afresh = evidence.read_text(list(token_list), list(kinds), spaced)
        assert evidence.read_text(token_list, kinds, spaced, index) == afresh
        read += afresh[0] != token_list
    assert read == 12  # (the three batches of texts, each read as one value)


# ---------------------------------------------------------------- bounds


def _lists(*texts: str, records: int = 1) -> list[tuple[list[str], list[int], int]]:
    return [(token_list, kinds_of(token_list), records) for token_list in (tokens(text)[0] for text in texts)]


def _read(evidence: BatchEvidence, lists: list[tuple[list[str], list[int], int]]) -> list[list[int]]:
    """``evidence.read`` of ``lists`` (token list, kinds, records each)."""
    return evidence.read([a for a, _, _ in lists], [b for _, b, _ in lists], [c for _, _, c in lists])


def _variables(texts: list[str], records: int = 1) -> list[int]:
    """The places the batch's evidence reads as variables in the last of ``texts``."""
    lists = _lists(*texts, records=records)
    evidence = BatchEvidence()
    keys = _read(evidence, lists)
    token_list, kinds, _ = lists[-1]
    read = evidence.read_variables(token_list, kinds, keys[-1], tokens(texts[-1])[1])[0]
    return [at for at, token in enumerate(read) if token == WILDCARD]


def test_a_record_longer_than_max_tokens_gives_no_evidence() -> None:
    for length, read in ((MAX_TOKENS, True), (MAX_TOKENS + 1, False)):
        tail = " ".join(["word"] * (length - 2))
        texts = [f"Stopping {name} {tail}" for name in ("alpha", "beta", "gamma")]
        assert len(tokens(texts[0])[0]) == length
        assert _variables(texts) == ([1] if read else [])


def test_the_evidence_reads_at_most_max_lists_lists() -> None:
    for fillers, read in ((MAX_LISTS - 3, True), (MAX_LISTS - 2, False)):
        texts = [f"filler {n:x}" for n in range(fillers)]
        texts += ["Stopping alpha", "Stopping beta", "Stopping gamma"]
        assert _variables(texts) == ([1] if read else [])


def test_a_list_counts_its_records() -> None:
    assert _variables(["Worker starting job", "Worker pausing job", "Worker stopping job"]) == [1]
    # three words, six records: more than REPEATS a word (verbs' forms: no pool of names)
    assert _variables(["Worker starting job", "Worker pausing job", "Worker stopping job"], records=2) == []
    # names said as often each are a pool's (_name_pool)
    assert _variables(["Worker alpha job", "Worker beta job", "Worker gamma job"], records=2) == [1]


def test_a_list_gets_keys_only_where_another_differs_from_it_alone() -> None:
    lists = _lists("Worker alpha job", "Worker beta job", "Worker beta task", "Disk sda1 is full")
    keys = _read(BatchEvidence(), lists)
    every = [rest_keys(token_list, kinds) for token_list, kinds, _ in lists[:3]]
    # the first differs from the second at one place only, the third from the second at
    # another, and from the first at two (a rest it shares with neither)
    assert keys[0] == [0, every[0][1], 0]
    assert keys[1] == [0, every[1][1], every[1][2]]
    assert keys[2] == [0, 0, every[2][2]]
    assert keys[0][1] == keys[1][1] != 0 and keys[1][2] == keys[2][2] != 0  # (their rests)
    assert keys[3] == []  # shares no half with another: no evidence given, nor any to be given


def test_many_lists_that_share_a_half_get_a_key_at_each_place_of_the_other() -> None:
    # (more than MAX_PARTNERS lists share the first half: not compared pair by pair)
    lists = _lists(*[f"Worker alpha {name} job" for name in _names(MAX_PARTNERS + 1)])
    keys = _read(BatchEvidence(), lists)
    assert keys[0] == [0, 0, *rest_keys(lists[0][0], lists[0][1])[2:]]
    few = _read(BatchEvidence(), lists[:MAX_PARTNERS])
    assert few[0] == [0, 0, rest_keys(lists[0][0], lists[0][1])[2], 0]


def _names(count: int) -> list[str]:
    return ["".join(chr(ord("a") + int(digit)) for digit in f"{n:04d}") for n in range(count)]


def _evidence_of_every_place(lists: list[tuple[list[str], list[int], int]]) -> dict[int, dict[str, int]]:
    """The rests with two words or more, with each word's records, as a key at every word's
    place of every list read gives them."""
    words: dict[int, dict[str, int]] = {}
    for token_list, kinds, records in [item for item in lists if len(item[0]) <= MAX_TOKENS][:MAX_LISTS]:
        for at, key in enumerate(rest_keys(token_list, kinds)):
            if key:
                held = words.setdefault(key, {})
                held[token_list[at]] = held.get(token_list[at], 0) + records
    return {key: held for key, held in words.items() if len(held) > 1}


def test_the_keys_read_give_the_evidence_a_key_at_every_place_would() -> None:
    # (the keys are made only where another list read differs from a list alone: every rest
    # that two lists read share, with two words, and the records of each, is there all the
    # same; lists of a few words, so that many share rests, halves and partners)
    rng = random.Random(7)
    for trial in range(300):
        vocabulary = ["alpha", "beta", "gamma", "job", "is", "=", "<*>", "Done"][:rng.randint(2, 8)]
        texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 7)))
                 for _ in range(rng.randint(3, 60))]
        lists = [(token_list, kinds, rng.randint(1, 3)) for token_list, kinds, _ in _lists(*texts)]
        evidence = BatchEvidence()
        _read(evidence, lists)
        assert evidence._by_rest == _evidence_of_every_place(lists), trial


def test_lists_that_differ_at_an_end_share_the_other_end_and_are_read() -> None:
    # (BatchEvidence.read makes no halves for a list whose first and last tokens, with its
    # length, no other list holds: lists that differ at their first or last place must pass)
    assert _variables(["alpha stopped now", "beta stopped now", "gamma stopped now"]) == [0]
    assert _variables(["Stopping the alpha", "Stopping the beta", "Stopping the gamma"]) == [2]
    assert _variables(["alpha stopped", "beta stopped", "gamma stopped"]) == [0]


# ---------------------------------------------------------------- ids


LINES = ["Stopping alpha", "Stopping beta", "Stopping gamma", "Worker starting job", "Worker finishing job",
         "Worker starting job", "Worker finishing job", "GET /api/v1/items 200 12ms",
         "GET /api/v1/items 503 3ms", "disk /dev/sda1 at 91% full", "user 42 logged in from 10.0.0.7",
         "user 43 logged in from 10.0.0.9"]


def test_a_batch_of_one_or_two_is_add() -> None:
    for size in (1, 2):
        one_by_one, batched = PatternMiner("s"), PatternMiner("s")
        for start in range(0, len(LINES), size):
            part = LINES[start:start + size]
            assert batched.add_batch(part) == [one_by_one.add(line) for line in part]
        assert _patterns(batched) == _patterns(one_by_one)


def test_a_record_placed_keeps_its_id_whichever_way_it_comes_again() -> None:
    miner = PatternMiner("s")
    first = miner.add_batch(LINES)
    assert miner.add_batch(LINES) == first
    assert [miner.add(line) for line in LINES] == first
    assert miner.add_batch(LINES[::-1]) == first[::-1]


def test_lines_seen_one_at_a_time_keep_their_ids_in_a_batch() -> None:
    miner = PatternMiner("s")
    seen = [miner.add(line) for line in LINES]
    assert miner.add_batch(LINES) == seen


def test_the_same_batch_gives_the_same_ids_in_a_fresh_miner() -> None:
    assert PatternMiner("s").add_batch(LINES) == PatternMiner("s").add_batch(list(LINES))


_ERRORS = ["EOF", "connection reset by peer", "dial tcp 10.0.0.1:80: i/o timeout",
           "failed to get lease: context deadline exceeded", "x509: certificate signed by unknown authority",
           "open /var/lib/app/7.db: permission denied", "[Errno 111] Connection refused"]


def test_an_unquoted_error_after_the_records_last_key_is_one_value_in_a_batch() -> None:
    # the proxy's path: a request's records of two call sites that print an error last
    # (err=%v) with a varying count of words; the words before the key keep them apart
    rng = random.Random(5)
    # (the word that differs past the record's first three fields: positions.HeadPositions)
    lines = [f"sync of shard {rng.randint(1, 99)} {rng.choice(['failed', 'retried'])} "
             f"err={rng.choice(_ERRORS)}" for _ in range(60)]
    miner = PatternMiner()
    ids = miner.add_batch(lines)
    by_site = {site: {pid for pid, line in zip(ids, lines, strict=True) if f" {site} " in line}
               for site in ("failed", "retried")}
    assert all(len(found) == 1 for found in by_site.values()) and by_site["failed"] != by_site["retried"]
    assert {miner.template(pid) for pid in ids} == {"sync of shard <*> failed err=<*>",
                                                    "sync of shard <*> retried err=<*>"}


def test_a_kept_code_locations_line_is_no_variable_of_the_batch() -> None:
    # one message printed at several lines of one file, the caller closing the record
    # (trantor's `… - file.cc:123`, masking's TRAILING_LOCATION), a request's records read
    # together: each line is a call site, never a value the batch reads; before, the batch
    # read the line as a variable (`Router.cc:<*>`), the call sites one id
    paths = ["/data/a/MANIFEST-000005", "/opt/archive/pid", "/var/lib/auth/app.log", "/srv/x/y.db"]
    numbers = [476, 401, 427, 411, 476, 433, 452, 401]
    lines = []
    for at, number in enumerate(numbers):
        lines.append(f"{at * 37 + 1} ERROR Path pattern: {paths[at % 4]} - Router.cc:{number}")
        lines.append(f"{at * 91 + 3} INFO Listening on port {8000 + at} - Server.cc:88")
    miner = PatternMiner()
    ids = miner.add_batch(lines)
    by_line = {number: {ids[2 * at] for at, each in enumerate(numbers) if each == number} for number in numbers}
    assert all(len(found) == 1 for found in by_line.values())
    assert len(set().union(*by_line.values())) == len(by_line)


def test_a_code_location_with_its_function_after_a_dash_opens_the_call_sites_message() -> None:
    # a head that prints the module, then file:function:line and a dash before the message
    # (C's __FILE__:__func__:__LINE__, the file masked whole as a path): the location and
    # its message are the call site's, no cause of the module's dash, even once the batch
    # has read the name before the level as a variable (round 32, lxcbatch)
    names = ["orders-api", "billing_events", "search-worker"]
    head = ["vz nightly WARN     storage - ../src/vz/storage/storage.c:can_backup:377 - Backup is not supported",
            "vz profile.internal TRACE    cgroups - ../src/vz/cgroups/cgfs.c:hierarchy_add:331 - Adding hierarchy",
            "vz weekly INFO     monitor - ../src/vz/monitor.c:monitor_open:88 - Monitor opened",
            "vz users DEBUG    conf - ../src/vz/conf.c:setup_mounts:912 - Mounts set up"]
    sites = ["vz_copy - ../src/vz/tools/copy.c:parse_mount:792 - Failed to set close-on-exec on file descriptor",
             "vz_start - ../src/vz/start.c:do_start:1402 - Failed to unshare the time namespace",
             "vz_start - ../src/vz/start.c:spawn:1962 - Failed to preserve cloned namespaces"]
    lines = head + [f"vz {name} ERROR    {site}" for site in sites for name in names]
    batched = _as_a_batch(lines)
    assert batched[4:] == ["vz <*> ERROR vz_copy - <*>:parse_mount:<*> - Failed to set close-on-exec on file descriptor"] * 3 + [
        "vz <*> ERROR vz_start - <*>:do_start:<*> - Failed to unshare the time namespace"] * 3 + [
        "vz <*> ERROR vz_start - <*>:spawn:<*> - Failed to preserve cloned namespaces"] * 3
    # a cause after an operation's colon in the message still folds
    failed = [f"vz {name} ERROR    vz_conf - ../src/vz/conf.c:mount_fs:51 - mount failed: {cause}"
              for name, cause in zip(names, ["permission denied", "no such device", "device or resource busy"])]
    assert len(set(_as_a_batch(head + failed)[4:])) == 1


def test_the_line_of_an_erlang_locations_column_is_no_variable_of_a_batch() -> None:
    # three lines of one function with its words (or with none), each its own call site, in
    # one request: the batch does not read the line's place as a variable's (round 42, weak42)
    for function in ("handle_call/1 - drain", "handle_call/1"):
        qids = ('<<"jobs">>', '#{owner => <<"a-1">>,size => 3}', "mail", '<<"/run/q/1.conf">>')
        lines = [f"[W]\tkv_1@10.0.0.5\t1704{n}\tkv_queue:{function}\t{line}\t[{{qid,{qid}}},{{cause,bad}}]"
                 for n, (line, qid) in enumerate(zip((412, 423, 412, 463), qids, strict=True))]
        ids = PatternMiner().add_batch(lines)
        assert ids[0] == ids[2] and len(set(ids)) == 3, function
