"""The recognition road (recognition.py, ``PatternMiner(recognition=True)``): a new text of
a known call site gets its pattern from the live templates, before masking, and always
the one the full road would give."""

from __future__ import annotations

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns import recognition as recognition_module

UUIDS = [f"3fa85f64-5717-4562-b3fc-2c963f66afa{digit}" for digit in range(10)]


def _full_road(lines: list[str]) -> PatternMiner:
    """A miner that never takes the road (the default): what every answer must equal."""
    miner = PatternMiner("svc")
    for line in lines:
        miner.add(line)
    return miner


def _fed(lines: list[str]) -> PatternMiner:
    miner = PatternMiner("svc", recognition=True)
    for line in lines:
        miner.add(line)
    return miner


def _recognized(miner: PatternMiner, message: str) -> str | None:
    found = miner._recognizer.recognize(message)
    return None if found is None else found.id


def _agrees(lines: list[str], message: str) -> str | None:
    """The road's answer for ``message`` after ``lines``, checked against the full road."""
    miner = _fed(lines)
    answer = _recognized(miner, message)
    if answer is not None:
        assert _full_road(lines).add(message) == answer
    return answer


INVALID_USER = ["Invalid user admin from 10.0.0.1", "Invalid user guest from 10.0.0.2"]


def test_a_new_text_of_a_known_call_site_is_recognized():
    # a word where the template generalized, a value where masking hides one
    pid = _fed(INVALID_USER).add("Invalid user admin from 10.0.0.3")
    assert _agrees(INVALID_USER, "Invalid user bob from 10.1.2.3") == pid
    assert _agrees(INVALID_USER, "Invalid user bob from db-1.example.com") == pid
    # the miner takes the road, and the text's digits-to-zero key goes to the exact cache
    miner = _fed(INVALID_USER)
    assert miner.add("Invalid user bob from db-1.example.com") == pid
    assert miner._exact.get(b"Invalid user bob from db-0.example.com") is miner.pattern(pid)


def test_a_constant_that_differs_is_left_to_the_full_road():
    assert _agrees(INVALID_USER, "Invalid person bob from 10.1.2.3") is None
    assert _agrees(INVALID_USER, "Invalid user bob from 10.1.2.3 again") is None


def test_a_stem_holds_only_what_masking_hides_there():
    lines = ["Connected to blk_-123 via /dev/sda", "Connected to blk_-456 via /dev/sdb"]
    assert _agrees(lines, "Connected to blk_-999 via /dev/sdz") is not None
    # blk_abc stays a word to masking: another token than blk_<*>, which the full road weighs
    assert _agrees(lines, "Connected to blk_abc via /dev/sdz") is None


def test_a_word_the_full_road_keeps_does_not_fill_the_lead_place():
    lines = ["0x1f: link up on port 3", "0x2e: link up on port 4"]
    pid = _fed(lines).add("0x3d: link up on port 5")
    assert _agrees(lines, "0x4c: link up on port 6") == pid
    # a plain word first chooses another bucket of the full road: not the road's to say
    assert _agrees(lines, "uplink: link up on port 6") is None


def test_a_template_that_generalized_after_it_was_indexed_is_read_again():
    lines = ["Invalid user admin from db-1.example.com", "Invalid user admin from db-2.example.com"]
    miner = _fed(lines)
    pid = miner.add("Invalid user admin from db-3.example.com")  # indexed, admin a constant
    assert _recognized(miner, "Invalid user admin from mail.example.org") == pid
    assert _recognized(miner, "Invalid user guest from mail.example.org") is None
    assert miner.add("Invalid user guest from mail.example.org") == pid  # the full road generalizes
    assert miner.template(pid) == "Invalid user <*> from <*>"
    assert _recognized(miner, "Invalid user bob from mail.example.org") == pid
    assert _full_road([*lines, "Invalid user guest from mail.example.org"]).add(
        "Invalid user bob from mail.example.org") == pid


def test_two_templates_that_fit_leave_the_text_to_the_full_road():
    lines = ["sync in payments ProfileStore done", "sync in payments users_reports done",
             "sync in manual orders done", "sync in shared_jobs orders done"]
    miner = _fed(lines)
    assert miner.template(miner.add("sync in payments x_y done")) == "sync in payments <*> done"
    assert miner.template(miner.add("sync in a_b orders done")) == "sync in <*> orders done"
    # each template alone fits these
    assert _recognized(miner, "sync in payments z_z done") is not None
    assert _recognized(miner, "sync in c_d orders done") is not None
    # both fit this one: the full road scores them
    assert _recognized(miner, "sync in payments orders done") is None


def test_a_text_that_may_hold_an_http_status_is_left_to_the_full_road():
    lines = ["upstream db-1.example.com answered with status 200",
             "upstream db-2.example.com answered with status 200"]
    assert _agrees(lines, "upstream db-3.example.com answered with status 200") is None
    assert _agrees(lines, "upstream db-3.example.com answered with status 503") is None


def test_a_key_with_too_many_templates_is_left_to_the_full_road(monkeypatch):
    lines = ["Failed to open /a/b", "Failed to open /c/d", "Failed to stat /a/b", "Failed to stat /c/d",
             "Failed to read /a/b", "Failed to read /c/d"]
    assert _agrees(lines, "Failed to open /e/f") is not None
    # (all three under one key: Failed, three spaces, a value last)
    monkeypatch.setattr(recognition_module, "MAX_PER_KEY", 2)
    assert _recognized(_fed(lines), "Failed to open /e/f") is None


def test_the_road_is_bounded_by_the_live_patterns():
    miner = PatternMiner("svc", max_patterns=20, recognition=True)
    for index in range(400):
        miner.add(f"event kind_{index % 60} happened at node-{index} with code {index}")
        miner.add(f"unique{index} thing")
    assert len(miner._recognizer) <= len(miner)
    assert len(miner._recognizer._masked_words) <= recognition_module.WORD_CACHE_SIZE


def test_the_road_changes_no_answer():
    lines = []
    for index in range(120):
        lines += [
            f"Invalid user {['admin', 'guest', 'root', 'bob'][index % 4]} from 10.0.{index}.1",
            f"Connected to blk_-{index * 7} via /dev/sd{'abc'[index % 3]}",
            f"job_{index:04d}: finished in {index} ms",
            f'{{"level":"{["info", "warn"][index % 2]}","msg":"cache {["hit", "miss"][index % 2]}",'
            f'"key":"k{index}"}}',
            f"Failed to open /srv/data/{index}.db: {['permission denied', 'no such file'][index % 2]}",
            f"sync in {['payments', 'manual', 'shared_jobs'][index % 3]} orders_{index % 5} done",
            f"worker-{index % 3} picked task {index:x} from queue {['high', 'low'][index % 2]}",
        ]
    road, full = PatternMiner("svc", recognition=True), _full_road([])
    recognize = road._recognizer.recognize
    recognized = []

    def counted(message: str):
        found = recognize(message)
        recognized.append(found is not None)
        return found

    road._recognizer.recognize = counted
    answers = [(road.add(line), full.add(line)) for line in lines]
    assert sum(recognized) > 20  # the road answered, and never otherwise than the full road
    assert all(mine == theirs for mine, theirs in answers)
    assert sorted((p.id, p.template) for p in road.patterns()) == sorted(
        (p.id, p.template) for p in full.patterns())
