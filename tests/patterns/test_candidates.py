"""The scans' indexes (otlp_sampler/patterns/candidates.py) leave out only candidates their
rule refuses, and keep the scans' order: a rule that lets more through must loosen its
mask, and these tests say which."""

from __future__ import annotations

import random

import pytest

from otlp_sampler.patterns import PatternMiner, candidates, shapes, templates
from otlp_sampler.patterns.runs import inner_run_at
from otlp_sampler.patterns.shapes import Pattern, Shape
from otlp_sampler.patterns.templates import SIMILARITY, fits_other_length, kinds_of, score, sentence_word

# tokens of the kinds the rules read: values, naming words and marks, names of code, states,
# message keys, brackets, plain words of prose (most candidates differ in those)
_TOKENS = ["<*>", "<*>", "<*>", "user", "for", "from", "to", "=", ":", "(", ")", "[", "]", "{", "}",
           "'", '"', "x", "GET", "/api/a", "/api/b", "orders_v2", "app.config", "com.example.sync",
           "MediaQueue", "cache-east", "db-west", "RUNNING", "NEW", "5xx", "msg", "event", "started",
           "blk_<*>", "node", "bob", "ledger", "Started", ",", "<", ">", "carol", "Failed", "open",
           "bind", "file", "the", "connection", "refused", "error", "Error", "type", "running", "-",
           ".", "done.", "level", "[x]", "failed", "with", "|", "Disconnected!", "reason", "Err", "timeout",
           "refused", "worker", "task", "on", "<*>."]


def _pairs(count: int, seed: int = 0):
    rng = random.Random(seed)
    for _ in range(count):
        template = [rng.choice(_TOKENS) for _ in range(rng.randint(2, 12 if rng.random() < 0.8 else 30))]
        message = [token if rng.random() < 0.7 else rng.choice(_TOKENS) for token in template]
        yield template, message
        longer = list(message)
        for _ in range(rng.randint(1, 3)):
            longer.insert(rng.randrange(len(longer) + 1), rng.choice(_TOKENS))
        yield template, longer
        yield longer, template


def _shape(template: list[str]) -> Shape:
    return Shape(Pattern("p", " ".join(template), 0.0), template, [True] * len(template), kinds_of(template))


def _indexed(template: list[str]) -> tuple[candidates.PlaceIndex, Shape, int]:
    """An index of the template, beside one of values alone of its length (a mask stops
    once one shape is left: this one stays in every mask), and the template's bit."""
    index = candidates.PlaceIndex()
    index.add(_shape(["<*>"] * len(template)))
    shape = _shape(template)
    index.add(shape)
    return index, shape, index.held[shape][0]


def test_masks_keep_what_the_rules_accept():
    kept = {"score": 0, "named": 0, "fits": 0, "run": 0}
    for template, message in _pairs(20_000):
        index, shape, bit = _indexed(template)
        template_kinds, kinds = shape.kinds, kinds_of(message)
        if len(template) == len(message):
            for short in (True, False):
                if score(template, template_kinds, message, kinds, short) >= SIMILARITY:
                    kept["score"] += 1
                    assert candidates.score_mask(index, message, kinds) & bit, (template, message, short)
            # and with words the stream has shown as values elsewhere (some of both sides')
            values = {w for t in message[::2] + template[1::2] if t[:1].isalpha()
                      for w in (t, sentence_word(t))}
            if score(template, template_kinds, message, kinds, True, values) >= SIMILARITY:
                kept["score"] += 1
                assert candidates.score_mask(index, message, kinds, -1, values) & bit, \
                    (template, message, values)
            # as _best_after_name asks: the template with a variable at one place, where the
            # message may hold another word
            at = len(template) // 3
            named = [*template[:at], "<*>", *template[at + 1:]]
            other = [*message[:at], "zebra", *message[at + 1:]]
            for asked in (message, other):
                asked_kinds = kinds_of(asked)
                if score(named, kinds_of(named), asked, asked_kinds, False) >= SIMILARITY:
                    kept["named"] += 1
                    assert candidates.score_mask(index, asked, asked_kinds, at) & bit, (template, asked, at)
        elif fits_other_length(template, template_kinds, message, kinds) is not None:
            kept["fits"] += 1
            assert candidates.fit_mask(index, message, [len(template)]).get(len(template), 0) & bit, (
                template, message)
        if inner_run_at(template, template_kinds, message, kinds) is not None:
            kept["run"] += 1
            runs = candidates.run_mask(index, message, index.lengths[len(template)])
            assert runs & bit, (template, message)
    assert all(kept.values()), kept  # each rule accepted some: the pairs reach them


def test_a_wide_index_gives_each_shape_the_masks_an_index_of_it_alone_gives():
    # run_mask and fit_mask answer for each shape by its own tokens alone; in an index of
    # more shapes than a machine word holds, their steps skip the operations with 0 and go on
    # only while some shape differs (candidates._union, _common): each shape's bit must be
    # what an index of that shape alone (beside values alone, as _indexed) gives it
    rng = random.Random(17)
    pairs = list(_pairs(400, seed=5))
    for start in range(0, len(pairs), 200):
        group = pairs[start:start + 200]
        wide = candidates.PlaceIndex()
        alone = []
        for template, _ in group:
            shape = _shape(template)
            wide.add(shape)
            alone.append((shape, _indexed(template)))
        assert len(wide.shapes) > 64
        for _, message in rng.sample(group, 60):
            lengths = sorted({len(shape.tokens) for shape in wide.shapes} - {len(message)})
            wanted = 0
            for mask in wide.lengths.values():
                wanted |= mask
            runs = candidates.run_mask(wide, message, wanted)
            fits = candidates.fit_mask(wide, message, lengths)
            for shape, (index, _, bit) in alone:
                length = len(shape.tokens)
                own = candidates.run_mask(index, message, index.lengths[length])
                assert bool(runs & wide.held[shape][0]) is bool(own & bit), (shape.tokens, message)
                if length != len(message):
                    own_fit = candidates.fit_mask(index, message, [length]).get(length, 0)
                    assert bool(fits.get(length, 0) & wide.held[shape][0]) is bool(own_fit & bit), (
                        shape.tokens, message)


def test_a_masks_shapes_are_its_bits_read_one_by_one():
    # candidates.shapes_of reads a mask wider than a machine word from its bytes, and among
    # keeps a grown bucket's candidates by the set of the mask's shapes: the shapes and the
    # order that reading the bits one by one (and ``held[shape][0] & mask`` a candidate) give,
    # at every width (below and above 2**62, whose masks the compiled build keeps unboxed)
    rng = random.Random(43)
    for _ in range(3_000):
        width = rng.choice([1, 8, 61, 62, 63, 64, 65, 100, 700, 2_000])
        mask = 0
        for _ in range(rng.choice([0, 1, 2, 5, 40, 200])):
            mask |= 1 << rng.randrange(width)
        by_bit = [f"s{at}" for at in range(width)]
        assert candidates.shapes_of(mask, by_bit) == [by_bit[at] for at in range(width) if mask >> at & 1]

    class Bucket:  # (shapes._Bucket's reading: candidates() the first MAX_CANDIDATES, in its order)
        def __init__(self, shapes):
            self.shapes = shapes

        def candidates(self):
            return self.shapes[:candidates.MAX_CANDIDATES]

    for _ in range(300):
        index = candidates.PlaceIndex()
        index.shapes = [object() for _ in range(rng.choice([60, 70, 300]))]
        index.held = {shape: (1 << at, [], []) for at, shape in enumerate(index.shapes)}
        bucket = Bucket(rng.sample(index.shapes, rng.randint(candidates.MAX_CANDIDATES + 1, len(index.shapes))))
        mask = 0
        for _ in range(rng.choice([0, 1, 3, 30, 100])):
            mask |= 1 << rng.randrange(len(index.shapes))
        expected = [shape for shape in bucket.candidates() if index.held[shape][0] & mask]
        assert candidates.among(bucket, mask, index) == expected


def test_the_mask_operations_skip_only_what_gives_the_same_integer():
    rng = random.Random(19)
    values = [0, 1, -1, 2, 1 << 70, (1 << 70) | 5, ~(1 << 70), -(1 << 90)]
    for _ in range(2_000):
        a, b = rng.choice(values), rng.choice(values)
        if rng.random() < 0.5:
            a = rng.getrandbits(rng.randint(1, 200))
        assert candidates._union(a, b) == a | b and candidates._common(a, b) == a & b, (a, b)


def test_the_score_mask_refuses_a_key_against_another_token():
    def kept(template: str, message: str) -> bool:
        template_tokens, tokens = template.split(), message.split()
        index, shape, bit = _indexed(template_tokens)
        accepted = score(template_tokens, shape.kinds, tokens, kinds_of(tokens)) >= SIMILARITY
        masked = bool(candidates.score_mask(index, tokens, kinds_of(tokens)) & bit)
        assert masked or not accepted, (template, message)
        return masked

    # a logfmt record against a JSON one, a key against a colon: refused by both
    assert not kept('level = info msg = " started worker "', '{ " level " : <*> , " started " }')
    assert not kept("user <*> set mode = <*>", "user <*> set mode : fast")
    # the same key, a variable of the template, a mark alone in brackets: kept
    assert kept("user <*> set mode = <*>", "user <*> set mode = fast")
    assert kept("user <*> set mode <*> fast", "user <*> set mode = fast")
    assert kept("set the flag [ x ] now for job <*>", "set the flag [ = ] now for job <*>")


def test_the_run_mask_keeps_runs_with_no_words_after_them():
    # what follows a run in the template: nothing (a key's value to the end, the template's
    # variable there), a closing bracket paired before the run, two words, a bar after a
    # sentence's end
    for template, message in [
        ("user bob set level = <*>", "user bob set level = very slow disk"),
        ("job runner stopped ( <*> ) after <*>", "job runner stopped ( broken pipe error ) after <*>"),
        ("sync of store to node <*> with the following error",
         "sync of store to node eu west 1 with the following error"),
        ("Peer closed it. Disconnected! <*> | <*>", "Peer closed it. Disconnected! idle too long | <*>"),
    ]:
        template_tokens, tokens = template.split(), message.split()
        index, shape, bit = _indexed(template_tokens)
        assert inner_run_at(template_tokens, shape.kinds, tokens, kinds_of(tokens)) is not None, template
        assert candidates.run_mask(index, tokens, index.lengths[len(template_tokens)]) & bit, template
    # and none of those: the rule refuses, and so does the mask
    template, message = (('{ " msg " : " Failed to load <*> " , " error " : <*> }',
                          '{ " msg " : " Failed to load the disk cache " , " error " : <*> }'))
    template_tokens, tokens = template.split(), message.split()
    index, shape, bit = _indexed(template_tokens)
    assert inner_run_at(template_tokens, shape.kinds, tokens, kinds_of(tokens)) is None
    assert not candidates.run_mask(index, tokens, index.lengths[len(template_tokens)]) & bit


def _stream(count: int, seed: int) -> list[str]:
    """Lines of many events that share first words (as many programs in one miner do)."""
    rng = random.Random(seed)
    verbs = ["open", "bind", "read", "close", "resolve", "load", "flush", "sync"]
    things = ["file", "socket", "config", "cache", "index", "table", "queue", "session"]
    events = [f"{lead} to {rng.choice(verbs)} {rng.choice(things)} {{}}{tail}"
              for lead in ("Failed", "Unable", "error:")
              for tail in ("", ": {}", " (code {})", " for user {}", " after {} retries")
              for _ in range(4)]
    events += [f"[{{}}] {rng.choice(things)} {rng.choice(verbs)} done in {{}}ms" for _ in range(6)]
    events += [f'msg="{rng.choice(verbs)} {rng.choice(things)}" {rng.choice(things)}={{}} took={{}}'
               for _ in range(6)]
    # more than MAX_CANDIDATES events of one first word and length, some far more frequent: the
    # bucket is sorted as it grows, and only its most frequent are scanned
    nouns = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta", "zeta"]
    crowd = [f"Cannot {verb} {noun} now {{}}" for verb in verbs for noun in nouns]
    values = ["/var/lib/x", "10.0.0.7", "alice", "broken pipe", "4411", "orders_v2", "EOF", "a b c"]
    out = []
    for _ in range(count):
        event = rng.choice(events) if rng.random() < 0.6 else crowd[int(len(crowd) * rng.random() ** 2)]
        out.append(event.format(*[rng.choice(values) for _ in range(event.count("{}"))]))
    return out


@pytest.mark.parametrize("seed", [0, 1])
def test_miner_with_and_without_the_masks_alike(monkeypatch, seed, ran_in_python):
    if ran_in_python:
        return
    monkeypatch.setattr(shapes, "INDEXED_FROM", 8)  # (indexes under a small cap too)
    lines = _stream(3000, seed)
    small = 40  # and a cap that evicts: the indexes are made again
    miner = PatternMiner()
    capped = PatternMiner(max_patterns=small)
    ours = [(miner.add(line), capped.add(line)) for line in lines]
    ours_templates = [(miner.template(a), capped.template(b)) for a, b in ours]

    asked = []

    def every(bucket, mask, index):
        asked.append(bucket)
        return list(bucket.candidates())  # no index: every candidate asked, in order

    monkeypatch.setattr(shapes, "among", every)
    miner = PatternMiner()
    capped = PatternMiner(max_patterns=small)
    theirs = [(miner.add(line), capped.add(line)) for line in lines]
    assert asked  # (the miner called the swapped function)
    assert ours == theirs
    assert ours_templates == [(miner.template(a), capped.template(b)) for a, b in theirs]


def test_index_follows_generalization_and_eviction(monkeypatch, ran_in_python):
    if ran_in_python:
        return
    monkeypatch.setattr(shapes, "INDEXED_FROM", 8)  # (indexes under a small cap too)
    miner = PatternMiner(max_patterns=60)
    evicted = 0
    for line in _stream(3000, 2):
        before = len(miner)
        miner.add(line)
        evicted += len(miner) < before
    assert evicted  # (the indexes were made again)
    index = miner._index
    assert index._leads
    for lead, by_length in index._buckets.items():
        held = {shape for bucket in by_length.values() for shape in bucket.shapes}
        if len(held) < shapes.INDEXED_FROM:
            continue  # (a few shapes are asked in turn)
        places = index._leads[lead]
        indexed = set(places.held)
        assert indexed == held
        for shape in indexed:
            bit, tokens, _ = places.held[shape]
            assert tokens is shape.tokens  # generalized shapes were indexed again
            for at, token in enumerate(shape.tokens):
                assert places.front[at][token] & bit


def _index_state(index: candidates.PlaceIndex) -> tuple:
    return ([{token: mask for token, mask in place.items() if mask} for place in index.front],
            [{token: mask for token, mask in place.items() if mask} for place in index.back],
            index.front_wild, index.back_wild, index.firm, index.second, index.anchored,
            index.wordy, index.closing, index.opening,
            {length: mask for length, mask in index.lengths.items() if mask}, index.keyed, index.parting)


def test_each_entry_holds_the_bits_of_the_shapes_with_its_token_there():
    # _put stores a new shape's bit, made an object once, in each entry it opens and ORs it
    # into the entries it joins: each place's entry of a token must be the bits of exactly
    # the shapes holding that token there (from the front and from the end), past a machine
    # word's bits, and after generalized shapes moved their entries (refresh)
    rng = random.Random(23)
    for _ in range(6):
        index = candidates.PlaceIndex()
        pattern = Pattern("p", "", 0.0)
        held = []
        for _ in range(rng.randint(70, 140)):
            tokens = [rng.choice(_TOKENS) for _ in range(rng.randint(1, 12))]
            shape = Shape(pattern, tokens, [True] * len(tokens), kinds_of(tokens))
            held.append(shape)
            index.add(shape)
        for shape in rng.sample(held, 10):
            shape.absorb([rng.choice(_TOKENS) for _ in shape.tokens])
        front: list[dict[str, int]] = [{} for _ in index.front]
        back: list[dict[str, int]] = [{} for _ in index.back]
        for shape in held:
            bit = index.held[shape][0]
            last = len(shape.tokens) - 1
            for at, token in enumerate(shape.tokens):
                front[at][token] = front[at].get(token, 0) | bit
                back[last - at][token] = back[last - at].get(token, 0) | bit
        assert [{token: mask for token, mask in place.items() if mask} for place in index.front] == front
        assert [{token: mask for token, mask in place.items() if mask} for place in index.back] == back
        assert all(type(mask) is int for place in index.front + index.back for mask in place.values())


def test_a_refreshed_index_is_the_index_made_anew():
    # refresh re-enters a generalized shape only where its tokens and marks changed: the
    # index must be the one made from the generalized shapes (bits at every place of every
    # mask, keyed and parting too)
    rng = random.Random(7)
    for _ in range(300):
        length = rng.randint(2, 9)
        lists = [[rng.choice(_TOKENS) for _ in range(length)] for _ in range(rng.randint(1, 5))]
        pattern = Pattern("p", "", 0.0)
        held = [Shape(pattern, tokens, [True] * length, kinds_of(tokens)) for tokens in lists]
        pattern.shapes = held
        index = candidates.PlaceIndex()
        for shape in held:
            index.add(shape)
        for _ in range(rng.randint(1, 4)):
            shape = rng.choice(held)
            shape.absorb([rng.choice(_TOKENS) for _ in range(length)])
        fresh = candidates.PlaceIndex()
        for shape in held:
            fresh.add(Shape(pattern, shape.tokens, shape.spaced, shape.kinds))
        assert _index_state(index) == _index_state(fresh)


def test_a_big_bucket_is_read_whatever_the_mask():
    # reading a bucket of more than MAX_CANDIDATES sorts it once it has grown; a scan reads
    # it whatever the index says, so that its order does not depend on the index
    bucket, index = shapes._Bucket(), candidates.PlaceIndex()
    for number in range(candidates.MAX_CANDIDATES + 12):
        template = ["Cannot", "open", f"w{number}", "<*>"]
        shape = Shape(Pattern(str(number), "", 0.0), template, [True] * 4, kinds_of(template))
        shape.pattern.count = number
        bucket.shapes.append(shape)
        index.add(shape)
    assert candidates.among(bucket, 0, index) == []
    assert bucket.sorted_at == len(bucket.shapes)
    assert bucket.shapes[0].pattern.count == candidates.MAX_CANDIDATES + 11


def test_a_run_after_a_sentence_the_template_holds_as_a_value():
    # the template's "<*>." ends a sentence the message's word does not: a field before a bar
    template = ["Client", "gone", "<*>.", "broken", "pipe", "|", "<*>"]
    message = ["Client", "gone", "now", "peer", "reset", "by", "host", "|", "<*>"]
    assert inner_run_at(template, kinds_of(template), message, kinds_of(message)) is not None
    index, _, bit = _indexed(template)
    assert candidates.run_mask(index, message, index.lengths[len(template)]) & bit


def test_the_cover_check_refuses_only_pairs_fits_other_length_refuses(monkeypatch, ran_in_python):
    # templates._may_cover runs fits_other_length's scans without _agree's word rules, before
    # the first _agree: where it says no, the function as it was (the check swapped for one that
    # lets every pair through) returns None too, and everywhere else it answers as before
    if ran_in_python:
        return
    pairs = [(template, message) for template, message in _pairs(6000, seed=11)
             if len(template) != len(message)]
    checked = [(template, message, kinds_of(template), kinds_of(message)) for template, message in pairs]
    with_check = [fits_other_length(t, tk, m, mk) for t, m, tk, mk in checked]
    refused = [templates._may_cover(t, tk, m, mk, 0, 0, True) is False for t, m, tk, mk in checked]
    monkeypatch.setattr(templates, "_may_cover", lambda *sides: True)
    without = [fits_other_length(t, tk, m, mk) for t, m, tk, mk in checked]
    assert with_check == without
    assert sum(refused) > len(pairs) // 4  # (the check refuses many: the pairs reach it)
    assert any(at is not None for at in without)  # (and the function accepts some)


def test_fit_mask_asked_of_many_lengths_is_fit_mask_asked_of_each():
    # fit_mask makes the union of heads and tails once for every length longer than the
    # message (each needs the message's n - 1 tokens covered) and once a shorter length: each
    # length's mask must be the one fit_mask gives when asked of that length alone
    rng = random.Random(23)
    pairs = list(_pairs(600, seed=11))
    asked = longer = 0
    for start in range(0, len(pairs), 150):
        group = pairs[start:start + 150]
        wide = candidates.PlaceIndex()
        for template, _ in group:
            wide.add(_shape(template))
        for _, message in rng.sample(group, 50):
            n = len(message)
            lengths = [n + step for step in shapes.LENGTH_STEPS if n + step > 0]
            fits = candidates.fit_mask(wide, message, lengths)
            for length in lengths:
                alone = candidates.fit_mask(wide, message, [length]).get(length, 0)
                assert fits.get(length, 0) == alone, (message, length)
                asked += 1
                longer += length > n and alone != 0
    assert asked > 500 and longer > 20  # (the longer lengths' shared union reached shapes)


@pytest.mark.parametrize("seed", [0, 1])
def test_the_inner_run_scan_with_and_without_the_run_mask_alike(monkeypatch, seed, ran_in_python):
    # shapes._inner_run passes the buckets of a length the run mask left no shape of by the
    # lengths of its shapes: with a run mask that leaves every shape within reach (each bucket
    # scanned whole, in order) the miner gives the same ids and templates
    if ran_in_python:
        return
    monkeypatch.setattr(shapes, "INDEXED_FROM", 8)
    lines = _stream(3000, seed)
    found = []
    inner_run = shapes.ShapeIndex._inner_run

    def counted(self, tokens, kinds, lead, by_length):
        pattern = inner_run(self, tokens, kinds, lead, by_length)
        found.append(pattern is not None and self._leads.get(lead) is not None)
        return pattern

    monkeypatch.setattr(shapes.ShapeIndex, "_inner_run", counted)
    miner = PatternMiner()
    ours = [miner.add(line) for line in lines]
    ours_templates = [miner.template(pid) for pid in ours]
    assert sum(found) > 5  # (runs were found through an index)
    monkeypatch.setattr(shapes, "run_mask", lambda index, tokens, wanted: wanted)
    miner = PatternMiner()
    theirs = [miner.add(line) for line in lines]
    assert ours == theirs
    assert ours_templates == [miner.template(pid) for pid in theirs]


def test_a_run_with_fewer_than_two_words_before_it_only_where_a_key_or_a_label_opens_it():
    # inner_run_at refuses a run with fewer than two of the template's words before it right
    # after its two scans (the count only falls after them, and the part after the run stays):
    # what lets one through is a key that names an error (its value to a closing bracket or
    # the end), a label's colon before a parted run, a short text that ends the record
    def run(template: str, message: str) -> tuple[int, int] | None:
        template_tokens, tokens = template.split(), message.split()
        return inner_run_at(template_tokens, kinds_of(template_tokens), tokens, kinds_of(tokens))

    assert run("Err = { <*> }", "Err = { timeout reached now }") == (3, 1)
    assert run("ERROR Err = <*>", "ERROR Err = connection reset by peer") == (3, 0)
    assert run("X-Real-IP : <*> / discard the request",
               "X-Real-IP : connection refused by host / discard the request") == (2, 4)
    assert run("X-Real-IP : <*> , please fix it",
               "X-Real-IP : permission denied for bucket , please fix it") == (2, 4)
    assert run("reason : <*>", "reason : disk full") == (2, 0)
    # one word before, the run cued and two words after it: refused
    assert run("Error <*> for task sync", "Error connection refused for task sync") is None
    assert run("node <*> with the following error", "node eu west 1 with the following error") is None
    assert run("sync of store to node <*> with the following error",
               "sync of store to node eu west 1 with the following error") is not None


def _run_mask_with_negative_masks(index: candidates.PlaceIndex, tokens: list[str], wanted: int) -> int:
    """run_mask as it was written before round 31 (speed22): the shapes whose last token
    differs kept by a negative mask (~reach), a run's start anywhere by -1."""
    from otlp_sampler.patterns.runs import MAX_TEXT, run_start

    union, common = candidates._union, candidates._common

    def starting(at: int, two: int, four: int) -> int:
        if at >= len(tokens):
            return 0
        anywhere, keyed = run_start(tokens, at)
        return ((-1 if anywhere else 0) | index.front_wild[at - 1] | four) & ((-1 if keyed else 0) | two)

    n = len(tokens)
    if n < 3 or len(index.front) < 2:
        return 0
    front, front_wild, back, back_wild = index.front, index.front_wild, index.back, index.back_wild
    mask = wanted & (back[0].get(tokens[-1], 0) | back_wild[0] | index.keyed) & (
        front[1].get(tokens[1], 0) | front_wild[1])
    if not mask:
        return 0
    behind, reach = [mask], mask
    for at in range(min(n - MAX_TEXT - 1, len(back))):
        reach = common(reach, union(back[at].get(tokens[n - 1 - at], 0), back_wild[at]))
        behind.append(reach)
        if not reach:
            break
    reach = union(back[0].get(tokens[-1], 0), back_wild[0])
    after, bracketed, at = ~reach, 0, 0
    while reach:
        after = union(after, common(reach, index.wordy[at]))
        bracketed = union(bracketed, common(reach, index.closing[at]))
        at += 1
        if at >= n or at >= len(back):
            break
        reach = common(reach, union(back[at].get(tokens[n - 1 - at], 0), back_wild[at]))
    out, count, two, four, summed, at = 0, min(n, len(front)), 0, 0, 0, 0
    while mask:
        agreeing = common(mask, union(front[at].get(tokens[at], 0), front_wild[at])) if at < count else 0
        if at:
            exact = mask ^ agreeing
            rest = n - MAX_TEXT - at
            if exact and rest > 0:
                exact = exact & behind[rest] if rest < len(behind) else 0
            if exact and at < n:
                opened = index.opening[at - 1] | (index.opening[at - 2] if at > 1 else 0)
                if candidates._keyed_quote(tokens, at):
                    opened = -1
                exact &= after | (bracketed & opened) | index.lengths.get(at, 0)
            if exact:
                while summed <= at:
                    two |= index.second[summed]
                    four |= index.anchored[summed]
                    summed += 1
                out |= exact & starting(at, two, four | index.parting)
                if at > 1:
                    out |= exact & front_wild[at - 1] & starting(at - 1, two, four | index.parting)
        mask = agreeing
        at += 1
    return out


def test_the_run_mask_with_no_negative_mask_is_the_mask_with_them():
    # run_mask keeps the shapes whose last token differs (a key's value may end the message)
    # apart from those asked what follows the run, and narrows the shapes a run may start
    # in by each test the message fails, so that no mask is negative (-1, ~reach: each
    # operation on one a generic call): every mask the same as the negative masks give, in
    # wide indexes of random shapes (those of _pairs, of many lengths, keys, brackets, bars
    # and cue words) asked of their own messages and of others; fails with a shape whose
    # last token differs dropped, or with a start anywhere read as a start nowhere
    rng = random.Random(23)
    pairs = list(_pairs(400, seed=11))
    asked = kept = 0
    for start in range(0, len(pairs), 300):
        group = pairs[start:start + 300]
        index = candidates.PlaceIndex()
        for template, _ in group:
            index.add(_shape(template))
        wanted = 0
        for mask in index.lengths.values():
            wanted |= mask
        for _, message in rng.sample(group, 150):
            for asked_of in (wanted, wanted & ~index.lengths.get(len(message), 0)):
                mask = candidates.run_mask(index, message, asked_of)
                assert mask == _run_mask_with_negative_masks(index, message, asked_of), message
                asked += 1
                kept += bool(mask)
    assert asked == 1_200 and kept > 80, kept


def _scores_told_the_least(pairs: int) -> tuple[int, int]:
    """Over random pairs of one length, ``score`` told the least its caller takes against
    ``score`` told nothing: the same answer, or -1 where the plain score is below that least
    (a caller that takes a score at the least or above: shapes.ShapeIndex._best); the pairs
    compared, and those where the score stopped early."""
    compared = stopped = 0
    for template, message in _pairs(pairs, seed=29):
        if len(template) != len(message):
            continue
        template_kinds, kinds = kinds_of(template), kinds_of(message)
        for short in (True, False):
            plain = score(template, template_kinds, message, kinds, short)
            for least in (SIMILARITY, 0.7, 0.75, 0.8, 0.9, 0.95, plain):
                if least <= 0:
                    continue
                told = score(template, template_kinds, message, kinds, short, least=least)
                compared += 1
                if told != plain:
                    assert told == -1.0 and plain < least, (template, message, least, plain, told)
                    stopped += 1
    return compared, stopped


def test_a_score_told_the_least_it_needs_answers_the_same_or_below_it():
    compared, stopped = _scores_told_the_least(6_000)
    assert compared > 10_000 and stopped > 200, (compared, stopped)


def test_a_score_told_the_least_counts_the_words_left(monkeypatch, ran_in_python):
    # the bound forgetting the template's words still to read stops scores that would have
    # reached the least: the comparison above then fails
    if ran_in_python:
        return
    monkeypatch.setattr(templates, "_below", lambda same, left, differ, least: same < least * (same + differ))
    with pytest.raises(AssertionError):
        _scores_told_the_least(6_000)


def test_a_score_at_the_least_exactly_is_not_stopped():
    # 13 words the same, 7 values against words: 13 / 20, the float SIMILARITY itself, which
    # _best takes where it has no other: a bound that stopped at the least too (<=) would
    # stop it (-1) at the last difference
    words = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta", "zeta", "iota",
             "lambda", "rho", "tau", "upsilon", "chi", "psi", "eta", "nu", "xi", "mu"]
    message = ["<*>" if at % 3 == 1 else word for at, word in enumerate(words)]
    assert message.count("<*>") == 7
    plain = score(words, kinds_of(words), message, kinds_of(message), False)
    assert plain == SIMILARITY
    assert score(words, kinds_of(words), message, kinds_of(message), False, least=SIMILARITY) == SIMILARITY
    # and a least above it stops the score at the difference that makes it sure to miss
    assert score(words, kinds_of(words), message, kinds_of(message), False, least=0.9) == -1.0
