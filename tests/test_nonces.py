"""The record of answers already accepted (ResponseNonceCache), through its public methods."""

from __future__ import annotations

import pytest

from alipay_innerversion.nonces import SEEN_RESPONSES, ResponseNonceCache


class Clock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(("window", "max_entries"), [(0, 10), (-1, 10), (60, 0), (60, -5)])
def test_window_and_bound_must_be_positive(window: float, max_entries: int) -> None:
    with pytest.raises(ValueError, match="window") as info:
        ResponseNonceCache(window, max_entries=max_entries)
    assert str(info.value) == "window must be positive and max_entries at least 1"


def test_smallest_window_and_bound_are_accepted() -> None:
    record = ResponseNonceCache(0.001, max_entries=1)
    assert (record.window, record.max_entries) == (0.001, 1)


def test_default_bound() -> None:
    assert ResponseNonceCache.DEFAULT_MAX_ENTRIES == 50_000
    assert ResponseNonceCache(60).max_entries == 50_000


def test_a_nonce_seen_again_inside_the_window_is_a_replay() -> None:
    clock = Clock()
    record = ResponseNonceCache(60, clock=clock)
    assert record.add("a", clock.now)
    assert "a" in record
    assert not record.add("a", clock.now)
    clock.now += 59
    assert not record.add("a", clock.now - 59)
    assert len(record) == 1


def test_entries_expire_when_their_timestamp_leaves_the_window() -> None:
    clock = Clock()
    record = ResponseNonceCache(60, clock=clock)
    record.add("a", signed_at=clock.now - 10)  # expires at now + 50
    clock.now += 50
    assert "a" in record  # the last moment it is inside the window
    assert not record.add("a", clock.now - 60)
    clock.now += 0.5
    assert "a" not in record
    assert record.add("a", clock.now)  # a genuine new use of the nonce: accepted


def test_an_answer_signed_long_ago_is_kept_at_least_until_now() -> None:
    clock = Clock()
    record = ResponseNonceCache(60, clock=clock)
    assert record.add("old", signed_at=clock.now - 600)  # expires "now", not in the past
    assert "old" in record
    assert not record.add("old", signed_at=clock.now - 600)
    clock.now += 0.1
    assert "old" not in record


def test_only_strings_are_members() -> None:
    record = ResponseNonceCache(60)
    record.add("1", 0)
    assert 1 not in record
    assert None not in record
    assert ["1"] not in record  # unhashable: not a member, not a TypeError


def test_expired_entries_are_dropped_from_the_old_end() -> None:
    clock = Clock()
    record = ResponseNonceCache(10, clock=clock)
    for index in range(5):
        record.add(f"n{index}", clock.now)
        clock.now += 1
    assert len(record) == 5
    clock.now += 7.5  # n0..n2 expired (at 1010, 1011, 1012), n3 and n4 not
    record.add("new", clock.now)
    assert len(record) == 3
    assert [n in record for n in ("n3", "n4", "new")] == [True, True, True]


def test_bound_drops_the_oldest_first() -> None:
    clock = Clock()
    record = ResponseNonceCache(60, max_entries=3, clock=clock)
    for nonce in ("a", "b", "c", "d"):
        assert record.add(nonce, clock.now)
    assert len(record) == 3
    assert "a" not in record
    assert all(n in record for n in ("b", "c", "d"))


def test_a_nonce_recorded_again_counts_as_the_newest() -> None:
    # "a" expires, but stays behind the still-valid "x" until the bound drops it. Seen
    # again (a genuine answer after it left the window), it must move to the new end:
    # otherwise the bound drops it first, and its replay inside the window is accepted.
    clock = Clock()
    record = ResponseNonceCache(10, max_entries=3, clock=clock)
    record.add("x", clock.now)  # expires at +10
    record.add("a", clock.now - 10)  # expires now
    record.add("y", clock.now)
    clock.now += 1
    assert record.add("a", clock.now)  # recorded again, expires at +11
    record.add("b", clock.now)  # drops x
    record.add("c", clock.now)  # drops y, not a
    assert not record.add("a", clock.now), "replay inside the window accepted"


def test_entries_last_the_longest_window_in_use() -> None:
    clock = Clock()
    record = ResponseNonceCache(60, clock=clock)
    record.add("short", clock.now, window=10)  # a client with a 10 s window accepted it
    record.add("zero", clock.now, window=0)  # no window given: the record's own
    clock.now += 10.5
    assert "short" in record  # another client of the process has a 60 s window
    clock.now += 49.5
    assert "short" in record
    assert "zero" in record
    record.add("long", clock.now, window=120)  # a client with a 120 s window appears:
    clock.now += 60  # from now on every entry is kept for 120 s
    assert "short" in record
    assert "zero" in record
    clock.now += 0.5
    assert "short" not in record
    assert "zero" not in record
    clock.now += 59.5
    assert "long" in record
    clock.now += 0.5
    assert "long" not in record
    assert "zero" not in record


def test_one_record_per_process_with_the_default_window() -> None:
    assert isinstance(SEEN_RESPONSES, ResponseNonceCache)
    assert SEEN_RESPONSES.window == 15 * 60
    assert SEEN_RESPONSES.max_entries == ResponseNonceCache.DEFAULT_MAX_ENTRIES


def test_a_replay_to_a_client_with_a_longer_window_is_refused() -> None:
    clock = Clock()
    record = ResponseNonceCache(15 * 60, clock=clock)
    assert record.add("n", clock.now, window=5 * 60)  # accepted by a client with 5 minutes
    clock.now += 10 * 60  # still inside another client's 15-minute window
    assert not record.add("n", clock.now - 10 * 60, window=15 * 60)
