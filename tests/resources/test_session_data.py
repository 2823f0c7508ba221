"""``client.session_databases`` and ``client.session_storage``: every method against
recorded exchanges; on a real local server, that secret values go out and nowhere else."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

from .conftest import Refused

SESSION_ID = "session_" + "ef" * 16
SECRET = "not-a-real-token-7f3a"  # recorded into cassettes: never a real secret


def new_session(client: Everruns) -> str:
    return client.sessions.create(harness_name="generic", title="data").id


class TestRecordedDatabases:
    def test_create_get_and_describe(self, recorded_client: Everruns) -> None:
        session_id = new_session(recorded_client)
        made = recorded_client.session_databases.create(session_id, "refund_history")
        assert (made.name, made.page_count) == ("refund_history", 1)
        assert recorded_client.session_databases.get(session_id, "refund_history").size_bytes == made.size_bytes
        schema = recorded_client.session_databases.schema(session_id, "refund_history")
        assert (schema.database, schema.tables) == ("refund_history", [])

    def test_list_and_delete(self, recorded_client: Everruns) -> None:
        session_id = new_session(recorded_client)
        for name in ("orders", "customers"):
            recorded_client.session_databases.create(session_id, name)
        assert [d.name for d in recorded_client.session_databases.list(session_id)] == ["customers", "orders"]
        assert recorded_client.session_databases.delete(session_id, "orders") is None
        assert [d.name for d in recorded_client.session_databases.list(session_id)] == ["customers"]


class TestRecordedStorage:
    def test_list_keys_of_a_new_session(self, recorded_client: Everruns) -> None:
        assert list(recorded_client.session_storage.list_keys(new_session(recorded_client))) == []

    def test_set_secrets_then_list_them_by_name(self, recorded_client: Everruns) -> None:
        session_id = new_session(recorded_client)
        stored = recorded_client.session_storage.set_secrets(session_id, {"GITHUB_TOKEN": SECRET, "API_KEY": SECRET})
        assert stored.count == 2
        names = [s.name for s in recorded_client.session_storage.list_secrets(session_id)]
        assert names == ["API_KEY", "GITHUB_TOKEN"]

    def test_delete_secret_removes_that_one(self, recorded_client: Everruns) -> None:
        session_id = new_session(recorded_client)
        recorded_client.session_storage.set_secrets(session_id, {"GITHUB_TOKEN": SECRET, "API_KEY": SECRET})
        assert recorded_client.session_storage.delete_secret(session_id, "API_KEY") is None
        assert [s.name for s in recorded_client.session_storage.list_secrets(session_id)] == ["GITHUB_TOKEN"]
        with pytest.raises(errors.NotFoundError) as caught:
            recorded_client.session_storage.delete_secret(session_id, "API_KEY")
        assert caught.value.code == "secret_not_found"


class TestOnTheServer:
    def test_keys_come_with_their_values(self, server: LocalServer, client: Everruns) -> None:
        session_id = new_session(client)
        server.put_storage_key(session_id, "theme", "dark")
        assert [(e.key, e.value) for e in client.session_storage.list_keys(session_id)] == [("theme", "dark")]

    def test_secret_values_are_sent_and_kept_out_of_logs_reprs_and_answers(
        self, server: LocalServer, client: Everruns, caplog: pytest.LogCaptureFixture
    ) -> None:
        session_id = new_session(client)
        caplog.set_level(logging.DEBUG, logger="everruns")
        stored = client.session_storage.set_secrets(session_id, {"TOKEN": SECRET})
        listed = client.session_storage.list_secrets(session_id)
        assert server.requests[-2].method == "PUT"
        shown = caplog.text + repr(stored) + repr(listed.data) + repr(client.session_storage) + repr(client)
        assert caplog.text
        assert SECRET not in shown

    def test_an_error_names_the_secret_never_its_value(self, client: Everruns) -> None:
        with pytest.raises(errors.NotFoundError) as missing:
            client.session_storage.set_secrets(SESSION_ID, {"TOKEN": SECRET})
        with pytest.raises(errors.ValidationError) as refused:
            client.session_storage.set_secrets(SESSION_ID, {"TOKEN": SECRET, "PORT": 8080})  # type: ignore[dict-item]
        for error in (missing.value, refused.value):
            assert SECRET not in f"{error} {error!r}"
        assert "PORT" in str(refused.value)

    def test_a_full_session_is_unprocessable(self, client: Everruns) -> None:
        session_id = new_session(client)
        for number in range(10):
            client.session_databases.create(session_id, f"db_{number}")
        with pytest.raises(errors.UnprocessableEntityError):
            client.session_databases.create(session_id, "one_more")


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "database name with a dash": lambda c: c.session_databases.create(SESSION_ID, "refund-history"),
    "database name too long": lambda c: c.session_databases.get(SESSION_ID, "x" * 65),
    "database name climbing": lambda c: c.session_databases.delete(SESSION_ID, ".."),
    "database name with a slash": lambda c: c.session_databases.schema(SESSION_ID, "a/b"),
    "malformed session id": lambda c: c.session_databases.list("session_1"),
    "no secrets": lambda c: c.session_storage.set_secrets(SESSION_ID, {}),
    "secret without a name": lambda c: c.session_storage.set_secrets(SESSION_ID, {"": "x"}),
    "secrets as a list": lambda c: c.session_storage.set_secrets(SESSION_ID, ["TOKEN"]),  # type: ignore[arg-type]
    "storage of a malformed session": lambda c: c.session_storage.list_keys("../agents"),
    "a secret name climbing": lambda c: c.session_storage.delete_secret(SESSION_ID, ".."),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)
