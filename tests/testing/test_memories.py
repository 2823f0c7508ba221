"""Memories: manual ones written through the API, sourced ones read-only and synced; their files."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest

MISSING = "mem_" + "0" * 32
GITHUB = {"type": "github", "repository": "acme/design-docs", "root_folder": "docs", "sync_interval_secs": 3600}


@pytest.fixture
def memory(api):
    return api.post("/v1/memories", {"name": "design-docs", "description": "Living documents"}).json()


@pytest.fixture
def fs(memory):
    return f"/v1/memories/{memory['id']}/fs"


def test_a_manual_memory_is_writable_and_has_nothing_to_sync(api, memory, schema):
    schema.validate(memory, "#/components/schemas/Memory")
    assert (memory["source_type"], memory["source"], memory["is_readonly"]) == ("manual", {"provider": "manual"}, False)
    reply = api.post(f"/v1/memories/{memory['id']}/sync")
    assert (reply.status, reply.json()["code"]) == (400, "memory_not_syncable")


def test_a_sourced_memory_is_read_only_and_syncs_on_request(api, schema):
    made = api.post("/v1/memories", {"name": "from-github", "source": GITHUB}).json()
    schema.validate(made, "#/components/schemas/Memory")
    assert made["source"] == {
        "provider": "github",
        "repository": "acme/design-docs",
        "branch": "main",
        "root_folder": "docs",
        "sync_interval_secs": 3600,
    }
    assert (made["is_readonly"], made["sync_status"], made["last_synced_at"]) == (True, "pending", None)
    synced = api.post(f"/v1/memories/{made['id']}/sync").json()
    assert synced["sync_status"] == "synced"
    assert synced["last_synced_at"] is not None
    reply = api.post(f"/v1/memories/{made['id']}/fs/notes.md", {"content": "x"})
    assert (reply.status, reply.json()["code"]) == (403, "memory_read_only")


@pytest.mark.parametrize(
    "source",
    [
        {"type": "svn", "url": "x"},
        {"type": "git"},
        {"type": "git", "url": "https://git.example/repo.git", "sync_interval_secs": 604_801},
    ],
)
def test_sources_are_checked(api, source):
    assert api.post("/v1/memories", {"name": "m", "source": source}).status == 400


def test_memories_are_updated_listed_and_archived(api, memory):
    updated = api.patch(f"/v1/memories/{memory['id']}", {"description": "Design", "source": GITHUB}).json()
    assert (updated["description"], updated["source_type"], updated["name"]) == ("Design", "github", "design-docs")
    api.post("/v1/memories", {"name": "runbooks"})
    assert [m["name"] for m in api.get("/v1/memories").json()["data"]] == ["design-docs", "runbooks"]
    assert [m["name"] for m in api.get("/v1/memories", query={"search": "run"}).json()["data"]] == ["runbooks"]
    assert api.delete(f"/v1/memories/{memory['id']}").status == 204
    assert [m["name"] for m in api.get("/v1/memories").json()["data"]] == ["runbooks"]
    assert len(api.get("/v1/memories", query={"include_archived": "true"}).json()["data"]) == 2
    assert api.get(f"/v1/memories/{MISSING}").json()["code"] == "memory_not_found"


def test_files_are_created_read_downloaded_and_changed(api, fs, schema):
    made = api.post(f"{fs}/guides/setup.txt", {"content": "# Setup\n"})
    assert made.status == 201
    schema.validate(made.json(), "#/components/schemas/MemoryFileInfo")
    read = api.get(f"{fs}/{quote('guides/setup.txt', safe='')}")
    schema.validate(read.json(), "#/components/schemas/MemoryFileInfo")
    assert (read.json()["content"], read.json()["encoding"]) == ("# Setup\n", "text")
    download = api.get(f"{fs}/_/download/guides/setup.txt")
    assert (download.status, download.media_type, download.body) == (200, "text/plain", b"# Setup\n")
    changed = api.put(
        f"{fs}/guides/setup.txt", json_body={"content": base64.b64encode(b"\x00\x01").decode(), "encoding": "base64"}
    )
    schema.validate(changed.json(), "#/components/schemas/MemoryFileInfo")
    assert api.get(f"{fs}/_/download/guides/setup.txt").body == b"\x00\x01"
    assert api.get(f"{fs}/_/download/guides").json()["code"] == "is_a_directory"


def test_directories_list_their_entries(api, fs, schema):
    api.post(f"{fs}/guides", {"is_directory": True})
    api.post(f"{fs}/guides/a.md", {"content": "a"})
    api.post(f"{fs}/top.md", {"content": "t"})
    root = api.get(fs)
    schema.check_reply("GET", fs, root)
    assert [e["path"] for e in root.json()["data"]] == ["/guides", "/top.md"]
    assert [e["path"] for e in api.get(f"{fs}/guides").json()["data"]] == ["/guides/a.md"]
    stat = api.post(f"{fs}/_/stat", {"path": "guides"}).json()
    assert (stat["is_directory"], stat["content_hash"]) == (True, None)


def test_grep_names_the_files_that_match(api, fs, schema):
    api.post(f"{fs}/a.md", {"content": "deploy on fridays"})
    api.post(f"{fs}/b.md", {"content": "never"})
    reply = api.post(f"{fs}/_/grep", {"pattern": "fri"})
    schema.check_reply("POST", f"{fs}/_/grep", reply)
    assert reply.json()["data"] == [{"path": "/a.md", "size_bytes": 17}]


def test_deletes_refuse_a_full_directory_and_missing_paths(api, fs):
    api.post(f"{fs}/dir/x.md", {"content": "x"})
    assert api.delete(f"{fs}/dir").json()["code"] == "directory_not_empty"
    assert api.delete(f"{fs}/dir/x.md").status == 204
    assert api.delete(f"{fs}/dir/x.md").json()["code"] == "memory_file_not_found"
    assert api.delete(f"{fs}/dir").status == 204


def test_memory_paths_refuse_traversal_and_reserved_names(api, fs):
    assert api.get(f"{fs}/..%2F..%2Fmemories").json()["code"] == "invalid_path"
    assert api.get(f"{fs}/_/download/..%2Fx").json()["code"] == "invalid_path"
    assert api.post(f"{fs}/_/notes.md", {"content": "x"}).json()["code"] == "reserved_path"
    assert api.post(f"{fs}/_notes.md", {"content": "x"}).status == 201
