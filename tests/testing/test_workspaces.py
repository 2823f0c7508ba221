"""Workspaces and their files: named stores, and a directory tree reached under ``fs/``."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest

MISSING = "wsp_" + "0" * 32


@pytest.fixture
def workspace(api):
    return api.post("/v1/workspaces", {"name": "team-research", "description": "Q4"}).json()


@pytest.fixture
def fs(workspace):
    return f"/v1/workspaces/{workspace['id']}/fs"


def test_a_workspace_is_created_read_renamed_and_archived(api, workspace, schema):
    schema.validate(workspace, "#/components/schemas/Workspace")
    assert (workspace["name"], workspace["description"], workspace["status"]) == ("team-research", "Q4", "active")
    assert api.get(f"/v1/workspaces/{workspace['id']}").json() == workspace
    renamed = api.patch(f"/v1/workspaces/{workspace['id']}", {"name": "team-notes"}).json()
    assert (renamed["name"], renamed["description"]) == ("team-notes", "Q4")
    assert api.delete(f"/v1/workspaces/{workspace['id']}").status == 204
    archived = api.get(f"/v1/workspaces/{workspace['id']}").json()
    assert archived["status"] == "archived"
    assert archived["archived_at"] is not None
    restored = api.patch(f"/v1/workspaces/{workspace['id']}", {"status": "active"}).json()
    assert (restored["status"], restored["archived_at"]) == ("active", None)


def test_the_list_searches_and_shows_archived_workspaces_only_when_asked(api):
    ids = {name: api.post("/v1/workspaces", {"name": name}).json()["id"] for name in ("alpha", "beta", "gamma")}
    api.delete(f"/v1/workspaces/{ids['gamma']}")
    assert [w["name"] for w in api.get("/v1/workspaces").json()["data"]] == ["alpha", "beta"]
    assert [w["name"] for w in api.get("/v1/workspaces", query={"search": "ALP"}).json()["data"]] == ["alpha"]
    everything = api.get("/v1/workspaces", query={"include_archived": "true"}).json()["data"]
    assert [w["name"] for w in everything] == ["alpha", "beta", "gamma"]


def test_names_are_unique_among_active_workspaces(api, workspace):
    assert api.post("/v1/workspaces", {"name": "team-research"}).json()["code"] == "workspace_name_conflict"
    other = api.post("/v1/workspaces", {"name": "other"}).json()
    assert api.patch(f"/v1/workspaces/{other['id']}", {"name": "team-research"}).status == 409
    api.delete(f"/v1/workspaces/{workspace['id']}")
    assert api.post("/v1/workspaces", {"name": "team-research"}).status == 201
    assert api.post("/v1/workspaces", {"name": " "}).status == 400
    assert api.patch(f"/v1/workspaces/{other['id']}", {"status": "gone"}).status == 400


def test_an_unknown_workspace_is_a_404(api):
    for reply in (api.get(f"/v1/workspaces/{MISSING}"), api.get(f"/v1/workspaces/{MISSING}/fs")):
        assert (reply.status, reply.json()["code"]) == (404, "workspace_not_found")


def test_a_text_file_is_written_read_changed_and_stated(api, fs, schema):
    made = api.post(f"{fs}/notes.md", {"content": "# Notes\n"})
    assert made.status == 201
    schema.validate(made.json(), "#/components/schemas/FileInfo")
    assert (made.json()["path"], made.json()["size_bytes"], made.json()["encoding"]) == ("/notes.md", 8, "text")
    read = api.get(f"{fs}/notes.md").json()
    assert (read["content"], read["name"], read["is_directory"]) == ("# Notes\n", "notes.md", False)
    assert api.put(f"{fs}/notes.md", json_body={"content": "# Notes v2\n"}).json()["content"] == "# Notes v2\n"
    stat = api.post(f"{fs}/_/stat", {"path": "/notes.md"}).json()
    schema.validate(stat, "#/components/schemas/FileInfo")
    assert (stat["path"], stat["size_bytes"]) == ("/notes.md", 11)


def test_binary_content_travels_as_base64(api, fs):
    data = bytes(range(256))
    made = api.post(f"{fs}/blob.bin", {"content": base64.b64encode(data).decode(), "encoding": "base64"}).json()
    assert made["size_bytes"] == 256
    read = api.get(f"{fs}/blob.bin").json()
    assert (read["encoding"], base64.b64decode(read["content"])) == ("base64", data)
    assert api.post(f"{fs}/bad.bin", {"content": "not base64!", "encoding": "base64"}).status == 400
    assert api.post(f"{fs}/odd.txt", {"content": "x", "encoding": "rot13"}).status == 400


@pytest.mark.parametrize("encode", [lambda p: quote(p, safe="/"), lambda p: quote(p, safe="")])
def test_nested_paths_with_spaces_and_unicode_arrive_whether_slashes_are_literal_or_encoded(api, fs, encode):
    path = "reports 2024/Zürich/naïve café.txt"
    assert api.post(f"{fs}/{encode(path)}", {"content": "grüezi"}).json()["path"] == "/" + path
    assert api.get(f"{fs}/{encode(path)}").json()["content"] == "grüezi"
    listing = api.get(f"{fs}/{encode('reports 2024/Zürich')}").json()["data"]
    assert [entry["name"] for entry in listing] == ["naïve café.txt"]


@pytest.mark.parametrize(
    "raw",
    ["..%2F..%2Fagents", "a/../../agents", "%2E%2E", "notes/.", "a//b", "a%2F%2Fb", "%00x"],
)
def test_paths_that_climb_or_hold_empty_segments_are_refused(api, fs, raw):
    for reply in (api.get(f"{fs}/{raw}"), api.post(f"{fs}/{raw}", {"content": "x"})):
        assert (reply.status, reply.json()["code"]) == (400, "invalid_path")


def test_leading_slashes_and_trailing_ones_name_the_same_file(api, fs):
    api.post(f"{fs}/docs/readme.md", {"content": "hi"})
    assert api.get(f"{fs}/%2Fdocs%2Freadme.md").json()["path"] == "/docs/readme.md"
    assert api.get(f"{fs}/docs/").json()["data"][0]["path"] == "/docs/readme.md"


def test_the_top_level_underscore_directory_is_reserved_for_actions(api, fs):
    for path in ("_/copy", "_/notes.md", "_"):
        reply = api.post(f"{fs}/{quote(path, safe='')}", {"content": "x"})
        assert (reply.status, reply.json()["code"]) == (400, "reserved_path")
    assert api.get(f"{fs}/_/copy").status == 404


def test_other_underscore_names_are_ordinary_paths(api, fs):
    for path in ("_private", "src/__init__.py", "notes/_/copy"):
        assert api.post(f"{fs}/{path}", {"content": "x"}).status == 201
        assert api.get(f"{fs}/{path}").json()["content"] == "x"


def test_directories_list_their_entries_directly_or_recursively(api, fs, schema):
    api.post(f"{fs}/src", {"is_directory": True})
    api.post(f"{fs}/src/app/main.py", {"content": "print(1)"})
    api.post(f"{fs}/README.md", {"content": "hi"})
    root = api.get(fs)
    schema.check_reply("GET", fs, root)
    assert [e["path"] for e in root.json()["data"]] == ["/README.md", "/src"]
    everything = api.get(fs, query={"recursive": "true"}).json()["data"]
    assert [e["path"] for e in everything] == ["/README.md", "/src", "/src/app", "/src/app/main.py"]
    assert [e["path"] for e in api.get(f"{fs}/src").json()["data"]] == ["/src/app"]
    assert api.post(f"{fs}/src", {"is_directory": True}).json()["code"] == "path_exists"
    assert api.post(f"{fs}/README.md/inner.txt", {"content": "x"}).status == 400


def test_move_and_copy_carry_whole_directories(api, fs):
    api.post(f"{fs}/drafts/a.md", {"content": "A"})
    copied = api.post(f"{fs}/_/copy", {"src_path": "/drafts", "dst_path": "/archive/drafts"})
    assert (copied.status, copied.json()["path"]) == (201, "/archive/drafts")
    moved = api.post(f"{fs}/_/move", {"src_path": "/drafts/a.md", "dst_path": "/final.md"})
    assert (moved.status, moved.json()["content"]) == (200, "A")
    assert api.get(f"{fs}/drafts/a.md").status == 404
    assert api.get(f"{fs}/archive/drafts/a.md").json()["content"] == "A"
    assert api.post(f"{fs}/_/move", {"src_path": "/nope", "dst_path": "/x"}).status == 404
    assert api.post(f"{fs}/_/copy", {"src_path": "/final.md", "dst_path": "/archive"}).status == 409
    assert api.post(f"{fs}/_/move", {"src_path": "/archive", "dst_path": "/archive/inside"}).status == 400


def test_grep_finds_matching_lines_by_regular_expression_and_path_glob(api, fs, schema):
    api.post(f"{fs}/a.py", {"content": "import os\nTODO: tidy\n"})
    api.post(f"{fs}/b.md", {"content": "TODO later"})
    api.post(f"{fs}/c.bin", {"content": base64.b64encode(b"\xff TODO").decode(), "encoding": "base64"})
    reply = api.post(f"{fs}/_/grep", {"pattern": "TO+DO"})
    schema.check_reply("POST", f"{fs}/_/grep", reply)
    assert [(r["path"], [m["line_number"] for m in r["matches"]]) for r in reply.json()["data"]] == [
        ("/a.py", [2]),
        ("/b.md", [1]),
    ]
    narrowed = api.post(f"{fs}/_/grep", {"pattern": "TODO", "path_pattern": "*.md"}).json()["data"]
    assert [r["path"] for r in narrowed] == ["/b.md"]
    assert api.post(f"{fs}/_/grep", {"pattern": "("}).json()["code"] == "invalid_pattern"


def test_deletes_report_what_they_removed(api, fs):
    api.post(f"{fs}/dir/file.txt", {"content": "x"})
    assert api.delete(f"{fs}/dir").json()["code"] == "directory_not_empty"
    assert api.delete(f"{fs}/dir", query={"recursive": "true"}).json() == {"deleted": True}
    assert api.delete(f"{fs}/dir").json() == {"deleted": False}
    assert api.get(fs).json()["data"] == []


def test_read_only_files_keep_their_content_until_the_flag_is_cleared(api, fs):
    api.post(f"{fs}/locked.txt", {"content": "v1", "is_readonly": True})
    assert api.put(f"{fs}/locked.txt", json_body={"content": "v2"}).json()["code"] == "file_read_only"
    assert api.delete(f"{fs}/locked.txt").status == 403
    unlocked = api.put(f"{fs}/locked.txt", json_body={"content": "v2", "is_readonly": False}).json()
    assert (unlocked["content"], unlocked["is_readonly"]) == ("v2", False)


def test_an_archived_workspaces_files_are_read_only(api, workspace, fs):
    api.post(f"{fs}/keep.txt", {"content": "x"})
    api.delete(f"/v1/workspaces/{workspace['id']}")
    assert api.get(f"{fs}/keep.txt").status == 200
    reply = api.post(f"{fs}/new.txt", {"content": "x"})
    assert (reply.status, reply.json()["code"]) == (403, "workspace_read_only")
