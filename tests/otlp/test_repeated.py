"""remove_indexes / move_kept: the same result as deleting one index at a time, in linear time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opentelemetry.proto.logs.v1.logs_pb2 import ScopeLogs

from otlp_sampler.otlp.repeated import move_kept, remove_indexes


def scope(n: int) -> ScopeLogs:
    sl = ScopeLogs()
    for i in range(n):
        record = sl.log_records.add(severity_number=i % 24 + 1)
        record.body.string_value = f"record {i}"
        record.attributes.add(key="i").value.int_value = i
    return sl


def bodies(sl: ScopeLogs) -> list[str]:
    return [record.body.string_value for record in sl.log_records]


@settings(max_examples=200)
@given(st.lists(st.booleans(), max_size=60))
def test_remove_indexes_equals_deleting_one_by_one(drop_flags):
    indexes = [i for i, drop in enumerate(drop_flags) if drop]
    fast, naive = scope(len(drop_flags)), scope(len(drop_flags))
    remove_indexes(fast.log_records, indexes)
    for index in reversed(indexes):
        del naive.log_records[index]
    assert fast == naive  # bodies, severities, attributes, order


@settings(max_examples=100)
@given(st.lists(st.booleans(), min_size=1, max_size=60), st.integers(1, 7))
def test_move_kept_slice_by_slice_equals_one_pass(drop_flags, step):
    n = len(drop_flags)
    indexes = [i for i, drop in enumerate(drop_flags) if drop]
    sliced, whole = scope(n), scope(n)
    write = 0
    for start in range(0, n, step):
        stop = min(start + step, n)
        write = move_kept(sliced.log_records, [i for i in indexes if start <= i < stop], start, stop, write)
    del sliced.log_records[write:]
    remove_indexes(whole.log_records, indexes)
    assert sliced == whole


def test_kept_records_keep_their_own_fields_after_the_move():
    sl = scope(10)
    remove_indexes(sl.log_records, [0, 3, 4, 9])
    assert bodies(sl) == [f"record {i}" for i in (1, 2, 5, 6, 7, 8)]
    assert [r.attributes[0].value.int_value for r in sl.log_records] == [1, 2, 5, 6, 7, 8]


def test_bad_indexes_are_refused_and_the_field_is_untouched():
    sl = scope(3)
    with pytest.raises(IndexError):
        remove_indexes(sl.log_records, [1, 3])
    with pytest.raises(ValueError):
        move_kept(sl.log_records, [], 0, 3, 1)
    assert bodies(sl) == ["record 0", "record 1", "record 2"]
