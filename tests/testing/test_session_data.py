"""A session's databases and storage: keys listed with values, secrets by name only."""

from __future__ import annotations

import pytest

SECRET_VALUE = "sk-test-do-not-echo-4242"
MISSING_SESSION = "session_" + "0" * 32


@pytest.fixture
def session_id(api):
    return api.new_session()["id"]


def test_a_database_is_created_read_described_and_deleted(api, session_id, schema):
    base = f"/v1/sessions/{session_id}/databases"
    made = api.post(base, {"name": "refund_history"})
    assert made.status == 201
    schema.validate(made.json(), "#/components/schemas/SessionDatabase")
    assert (made.json()["name"], made.json()["page_count"]) == ("refund_history", 1)
    assert api.get(f"{base}/refund_history").json() == made.json()
    assert api.get(f"{base}/refund_history/schema").json() == {"database": "refund_history", "tables": []}
    assert [d["name"] for d in api.get(base).json()["data"]] == ["refund_history"]
    assert api.delete(f"{base}/refund_history").status == 204
    assert api.get(f"{base}/refund_history").json()["code"] == "database_not_found"
    assert api.get(base).json() == {"data": []}


@pytest.mark.parametrize("name", ["", "with-dash", "with space", "x" * 65, "naïve"])
def test_database_names_are_letters_digits_and_underscores(api, session_id, name):
    reply = api.post(f"/v1/sessions/{session_id}/databases", {"name": name})
    assert (reply.status, reply.json()["code"]) == (400, "invalid_database_name")


def test_a_name_is_taken_once_and_a_session_holds_ten_databases(api, session_id):
    base = f"/v1/sessions/{session_id}/databases"
    for number in range(10):
        assert api.post(base, {"name": f"db_{number}"}).status == 201
    assert api.post(base, {"name": "db_0"}).json()["code"] == "database_exists"
    reply = api.post(base, {"name": "db_10"})
    assert (reply.status, reply.json()["code"]) == (422, "database_limit_exceeded")


def test_keys_are_listed_with_their_values(server, api, session_id, schema):
    server.put_storage_key(session_id, "theme", "dark")
    server.put_storage_key(session_id, "locale", "de-CH")
    reply = api.get(f"/v1/sessions/{session_id}/storage/keys")
    schema.check_reply("GET", f"/v1/sessions/{session_id}/storage/keys", reply)
    assert [(e["key"], e["value"]) for e in reply.json()["data"]] == [("locale", "de-CH"), ("theme", "dark")]
    with pytest.raises(KeyError):
        server.put_storage_key(MISSING_SESSION, "k", "v")


def test_secrets_are_set_in_batches_and_listed_by_name_only(server, api, session_id, schema):
    path = f"/v1/sessions/{session_id}/storage/secrets"
    first = api.put(path, json_body={"secrets": {"GITHUB_TOKEN": SECRET_VALUE, "OPENAI_API_KEY": SECRET_VALUE}})
    assert first.json() == {"count": 2}
    created = {s["name"]: s["created_at"] for s in api.get(path).json()["data"]}
    assert api.put(path, json_body={"secrets": {"GITHUB_TOKEN": "rotated"}}).json() == {"count": 1}
    listed = api.get(path)
    schema.check_reply("GET", path, listed)
    assert [set(s) for s in listed.json()["data"]] == [{"name", "created_at", "updated_at"}] * 2
    assert {s["name"]: s["created_at"] for s in listed.json()["data"]} == created
    assert SECRET_VALUE.encode() not in listed.body


def test_secret_values_never_reach_the_request_log(server, api, session_id):
    api.put(f"/v1/sessions/{session_id}/storage/secrets", json_body={"secrets": {"TOKEN": SECRET_VALUE}})
    api.put(f"/v1/sessions/{session_id}/storage/secrets", body=b'{"secrets": ' + SECRET_VALUE.encode())
    logged = [request.body for request in server.requests if request.path.endswith("/storage/secrets")]
    assert logged == [b'{"secrets": {"TOKEN": "[redacted]"}}', b"[redacted]"]


def test_secrets_need_names_and_string_values(api, session_id):
    path = f"/v1/sessions/{session_id}/storage/secrets"
    assert api.put(path, json_body={"secrets": {"": "x"}}).status == 400
    assert api.put(path, json_body={"secrets": {"N": 1}}).status == 400
    assert api.put(path, json_body={"secrets": ["N"]}).status == 400


def test_session_data_needs_an_existing_session(api):
    for reply in (
        api.get(f"/v1/sessions/{MISSING_SESSION}/databases"),
        api.get(f"/v1/sessions/{MISSING_SESSION}/storage/keys"),
        api.put(f"/v1/sessions/{MISSING_SESSION}/storage/secrets", json_body={"secrets": {}}),
    ):
        assert (reply.status, reply.json()["code"]) == (404, "session_not_found")
