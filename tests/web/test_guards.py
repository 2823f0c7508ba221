"""What an app puts in front of a relay: a browser's own sessions and CSRF token in its
signed session, the same-origin check, and the limits on open relays (the last also on
real sockets, for both relays)."""

from __future__ import annotations

import threading

import pytest
from scripted_server import Gate

from everruns import ValidationError
from everruns.web import BrowserSession, RelayLimits, is_same_origin

OWN = "http://127.0.0.1:8000"


class TestSameOrigin:
    @pytest.mark.parametrize("site", ["cross-site", "same-site", "none", "", "Cross-Site"])
    def test_a_browser_that_says_the_request_is_not_same_origin_is_refused_whatever_its_origin(self, site):
        assert not is_same_origin(site, OWN, OWN)

    @pytest.mark.parametrize("site", ["same-origin", "Same-Origin", " same-origin "])
    def test_a_browser_that_says_same_origin_passes(self, site):
        assert is_same_origin(site, None, OWN)

    def test_without_sec_fetch_site_the_origin_must_be_the_apps_own(self):
        assert is_same_origin(None, OWN, OWN + "/")
        assert is_same_origin(None, "HTTP://127.0.0.1:8000", OWN)
        assert is_same_origin(None, "http://box", "http://BOX/"), "only the trailing slash is dropped"
        assert not is_same_origin(None, "https://evil.example", OWN)
        assert not is_same_origin(None, "http://127.0.0.1:8001", OWN)
        assert not is_same_origin(None, "null", OWN)

    def test_a_request_that_says_nothing_of_where_it_comes_from_passes(self):
        assert is_same_origin(None, None, OWN)


class TestBrowserSession:
    def test_a_browser_owns_the_sessions_it_created_and_no_others(self):
        store: dict = {}
        browser = BrowserSession(store)
        browser.remember("session_a")
        browser.remember("session_b")
        assert browser.owns("session_a")
        assert browser.owns("session_b")
        assert not browser.owns("session_c")
        assert not BrowserSession({}).owns("session_a"), "another browser's session is not its own"
        assert BrowserSession(store).owns("session_a"), "kept in the store, for the next request"

    def test_only_the_newest_sessions_are_kept_so_the_cookie_stays_small(self):
        store: dict = {}
        browser = BrowserSession(store)
        for number in range(25):
            browser.remember(f"session_{number}")
        assert [browser.owns(f"session_{number}") for number in (4, 5, 24)] == [False, True, True]
        browser.remember("session_5")  # again: it becomes the newest, not a second copy
        browser.remember("session_25")
        assert [browser.owns(f"session_{number}") for number in (5, 6, 7, 25)] == [True, False, True, True]
        assert len(store["everruns.sessions"]) == BrowserSession.REMEMBERED == 20

    def test_each_change_stores_a_new_list_so_that_the_framework_saves_it(self):
        store: dict = {}
        browser = BrowserSession(store)
        browser.remember("session_a")
        first = store["everruns.sessions"]
        browser.remember("session_b")
        assert first == ["session_a"], "the stored list was not changed in place"
        assert store["everruns.sessions"] == ["session_a", "session_b"]

    @pytest.mark.parametrize("stored", ["session_a", None, 5, ["session_a", 5, None]])
    def test_a_store_of_another_shape_owns_only_the_ids_it_holds_as_a_list_of_strings(self, stored):
        browser = BrowserSession({"everruns.sessions": stored})
        assert browser.owns("session_a") is isinstance(stored, list)
        assert not browser.owns("5")

    def test_the_csrf_token_is_random_kept_and_matched_exactly(self):
        store: dict = {}
        token = BrowserSession(store).csrf_token()
        assert len(token) == 32, "24 random bytes, in base64"
        assert BrowserSession(store).csrf_token() == token
        assert BrowserSession({}).csrf_token() != token
        assert BrowserSession(store).csrf_matches(token)
        for wrong in (None, "", token[:-1], token + "x", BrowserSession({}).csrf_token()):
            assert not BrowserSession(store).csrf_matches(wrong)

    def test_without_a_token_nothing_matches(self):
        assert not BrowserSession({}).csrf_matches("")
        assert not BrowserSession({"everruns.csrf": 5}).csrf_matches("5")

    def test_a_browser_has_its_key_from_its_first_session_on(self):
        store: dict = {}
        BrowserSession(store).remember("session_a")
        assert store["everruns.browser"] == BrowserSession(store).key
        assert len(store["everruns.browser"]) >= 32
        BrowserSession(store).remember("session_b")
        assert store["everruns.browser"] == BrowserSession(store).key, "the same for each session"

    def test_the_key_is_random_per_browser_and_kept(self):
        store: dict = {}
        key = BrowserSession(store).key
        assert BrowserSession(store).key == key
        assert BrowserSession({}).key != key
        assert key != BrowserSession(store).csrf_token(), "the token is not given away as the key"
        assert BrowserSession({"everruns.browser": ""}).key != "", "a blank key is made anew"


class TestRelayLimits:
    def test_a_browser_gets_per_browser_slots_and_the_process_per_process(self):
        limits = RelayLimits(per_browser=2, per_process=3)
        a1, a2 = limits.take("a"), limits.take("a")
        assert a1 is not None
        assert a2 is not None
        assert limits.take("a") is None, "a third for browser a"
        b1 = limits.take("b")
        assert b1 is not None
        assert limits.take("c") is None, "a fourth in the process"
        assert (limits.open, limits.open_for("a"), limits.open_for("b"), limits.open_for("c")) == (3, 2, 1, 0)
        a1.release()
        assert (limits.open, limits.open_for("a")) == (2, 1)
        assert limits.take("c") is not None

    def test_a_slot_is_given_back_once_however_often_it_is_released(self):
        limits = RelayLimits(per_browser=1, per_process=2)
        slot = limits.take("a")
        slot.release()
        slot.release()
        assert (limits.open, limits.open_for("a")) == (0, 0)
        assert limits.take("a") is not None
        assert limits.take("b") is not None
        assert limits.take("c") is None

    def test_without_a_browser_only_the_process_counts(self):
        limits = RelayLimits(per_browser=1, per_process=2)
        assert limits.take(None) is not None
        assert limits.take(None) is not None
        assert limits.take(None) is None
        assert limits.open == 2

    def test_the_defaults_are_three_per_browser_and_a_hundred_per_process(self):
        limits = RelayLimits()
        assert (limits.per_browser, limits.per_process) == (3, 100)
        assert [limits.take("a") is not None for _ in range(4)] == [True, True, True, False]
        assert sum(limits.take(str(number)) is not None for number in range(200)) == 97

    def test_threads_taking_at_once_never_get_more_than_the_limit(self):
        limits = RelayLimits(per_browser=5, per_process=50)
        taken: list = []
        start = threading.Barrier(20)

        def take() -> None:
            start.wait()
            for _ in range(10):
                taken.append(limits.take("same"))

        threads = [threading.Thread(target=take) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sum(slot is not None for slot in taken) == 5
        assert limits.open == limits.open_for("same") == 5

    @pytest.mark.parametrize("field", ["per_browser", "per_process"])
    @pytest.mark.parametrize("value", [0, -1, True, 1.5, "3"])
    def test_limits_are_whole_numbers_above_zero(self, field, value):
        with pytest.raises(ValidationError) as refused:
            RelayLimits(**{field: value})
        assert (str(refused.value), refused.value.field) == (
            f"{field} must be a whole number above 0, got {value!r}",
            field,
        )


def quiet_turns(scripted, count):
    """The next ``count`` event streams stay quiet until the returned gate opens."""
    gate = threading.Event()
    for _ in range(count):
        scripted.script_stream([Gate(gate)])
    return gate


def test_a_relay_over_either_limit_gets_429_posts_nothing_and_its_slot_comes_back_when_one_ends(serve_relays, scripted):
    limits = RelayLimits(per_browser=1, per_process=2)
    relays = serve_relays(limits=limits)
    session_id = relays.new_session()
    gate = quiet_turns(scripted, 3)
    try:
        first = relays.turn(session_id, text="hi", browser="a", keepalive=0.2)
        first.until(lambda f: f.is_keepalive)
        second = relays.turn(session_id, text="hi", browser="a")
        assert second.response.status == 429
        assert [f.fields for f in second.frames()] == [
            {"event": "end", "data": '{"status":"error","code":"too_many_relays"}'}
        ]
        other = relays.turn(session_id, text="hi", browser="b", keepalive=0.2)
        other.until(lambda f: f.is_keepalive)
        third = relays.turn(session_id, text="hi", browser="c")
        assert third.response.status == 429, "the process is at its limit"
        assert third.frames()[-1].json() == {"status": "error", "code": "too_many_relays"}
        assert len(scripted.posts()) == 2, "the refused ones posted nothing"
        first.leave()
        wait_until_open(limits, 1)
        again = relays.turn(session_id, text="hi", browser="a", keepalive=0.2)
        assert again.response.status == 200
        again.until(lambda f: f.is_keepalive)
        again.leave()
        other.leave()
    finally:
        gate.set()
    wait_until_open(limits, 0)


def wait_until_open(limits, count, within=5.0):
    import time

    began = time.monotonic()
    while limits.open != count:
        assert time.monotonic() - began < within, f"{limits.open} relays still open, not {count}"
        time.sleep(0.01)
