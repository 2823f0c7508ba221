"""``client.workspace_files``: every method against recorded exchanges; on a real local
server, what each path becomes on the wire and which paths are refused before sending."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

from .conftest import Refused

WORKSPACE_ID = "wsp_" + "ab" * 16
BINARY = bytes(range(256))


def new_workspace(client: Everruns) -> str:
    return client.workspaces.create("files").id


class TestRecorded:
    def test_create_file_and_read_it_back_as_text(self, recorded_client: Everruns) -> None:
        workspace_id = new_workspace(recorded_client)
        made = recorded_client.workspace_files.create_file(workspace_id, "docs/notes.md", "# Notes\n")
        assert (made.path, made.size_bytes, made.is_directory) == ("/docs/notes.md", 8, False)
        read = recorded_client.workspace_files.read(workspace_id, "/docs/notes.md")
        assert (read.content, read.encoding, read.name) == ("# Notes\n", "text", "notes.md")

    def test_bytes_travel_as_base64_and_read_bytes_decodes_them(self, recorded_client: Everruns) -> None:
        workspace_id = new_workspace(recorded_client)
        recorded_client.workspace_files.create_file(workspace_id, "blob.bin", BINARY, is_readonly=True)
        assert recorded_client.workspace_files.read(workspace_id, "blob.bin").encoding == "base64"
        assert recorded_client.workspace_files.read_bytes(workspace_id, "blob.bin") == BINARY

    def test_create_directory_and_list_it(self, recorded_client: Everruns) -> None:
        workspace_id = new_workspace(recorded_client)
        directory = recorded_client.workspace_files.create_directory(workspace_id, "src/app")
        assert (directory.path, directory.is_directory) == ("/src/app", True)
        recorded_client.workspace_files.create_file(workspace_id, "src/app/main.py", "print(1)\n")
        assert [e.path for e in recorded_client.workspace_files.list(workspace_id)] == ["/src"]
        everything = recorded_client.workspace_files.list(workspace_id, recursive=True)
        assert [e.path for e in everything] == ["/src", "/src/app", "/src/app/main.py"]
        assert [e.name for e in recorded_client.workspace_files.list_directory(workspace_id, "src/app")] == ["main.py"]

    def test_update_replaces_content_and_sets_the_read_only_flag(self, recorded_client: Everruns) -> None:
        workspace_id = new_workspace(recorded_client)
        recorded_client.workspace_files.create_file(workspace_id, "notes.md", "v1")
        updated = recorded_client.workspace_files.update(workspace_id, "notes.md", "v2", is_readonly=True)
        assert (updated.content, updated.is_readonly) == ("v2", True)
        unlocked = recorded_client.workspace_files.update(workspace_id, "notes.md", is_readonly=False)
        assert (unlocked.content, unlocked.is_readonly) == ("v2", False)

    def test_delete_reports_whether_anything_was_removed(self, recorded_client: Everruns) -> None:
        workspace_id = new_workspace(recorded_client)
        recorded_client.workspace_files.create_file(workspace_id, "old/a.txt", "a")
        assert recorded_client.workspace_files.delete(workspace_id, "old", recursive=True) is True
        assert recorded_client.workspace_files.delete(workspace_id, "old") is False

    def test_move_and_copy(self, recorded_client: Everruns) -> None:
        workspace_id = new_workspace(recorded_client)
        recorded_client.workspace_files.create_file(workspace_id, "draft.md", "text")
        copied = recorded_client.workspace_files.copy(workspace_id, "draft.md", "archive/draft.md")
        moved = recorded_client.workspace_files.move(workspace_id, "/draft.md", "/final.md")
        assert (copied.path, moved.path, moved.content) == ("/archive/draft.md", "/final.md", "text")
        paths = [e.path for e in recorded_client.workspace_files.list(workspace_id, recursive=True)]
        assert paths == ["/archive", "/archive/draft.md", "/final.md"]

    def test_grep_finds_lines_and_narrows_by_path_pattern(self, recorded_client: Everruns) -> None:
        workspace_id = new_workspace(recorded_client)
        recorded_client.workspace_files.create_file(workspace_id, "a.py", "import os\n# TODO tidy\n")
        recorded_client.workspace_files.create_file(workspace_id, "b.md", "TODO: write")
        results = recorded_client.workspace_files.grep(workspace_id, "TODO")
        assert [(r.path, [m.line_number for m in r.matches]) for r in results] == [("/a.py", [2]), ("/b.md", [1])]
        narrowed = recorded_client.workspace_files.grep(workspace_id, "TODO", path_pattern="*.md")
        assert [r.path for r in narrowed] == ["/b.md"]

    def test_stat_describes_without_content(self, recorded_client: Everruns) -> None:
        workspace_id = new_workspace(recorded_client)
        recorded_client.workspace_files.create_file(workspace_id, "notes.md", "12345")
        stat = recorded_client.workspace_files.stat(workspace_id, "notes.md")
        assert (stat.path, stat.size_bytes, stat.is_directory) == ("/notes.md", 5, False)


PATHS_ON_THE_WIRE = {
    "docs/notes.md": "docs/notes.md",
    "/docs/notes.md": "docs/notes.md",
    "docs/": "docs",
    "reports 2024/naïve café.md": "reports%202024/na%C3%AFve%20caf%C3%A9.md",
    "100%/a?b#c.txt": "100%25/a%3Fb%23c.txt",
    "a%2Fb/c": "a%252Fb/c",
}


class TestOnTheServer:
    # Plain ASCII ids: mutmut selects tests by id, and cannot select one whose id holds "ï".
    @pytest.mark.parametrize(
        ("path", "sent"),
        PATHS_ON_THE_WIRE.items(),
        ids=["plain", "leading slash", "trailing slash", "spaces and accents", "reserved characters", "encoded slash"],
    )
    def test_a_path_travels_as_literal_segments_each_encoded_below_fs(
        self, server: LocalServer, client: Everruns, path: str, sent: str
    ) -> None:
        workspace_id = new_workspace(client)
        with pytest.raises(errors.ApiError):
            client.workspace_files.read(workspace_id, path)
        assert server.requests[-1].path == f"/api/v1/workspaces/{workspace_id}/fs/{sent}"

    def test_paths_with_spaces_and_unicode_round_trip(self, client: Everruns) -> None:
        workspace_id = new_workspace(client)
        path = "reports 2024/Zürich/naïve café.md"
        assert client.workspace_files.create_file(workspace_id, path, "grüezi").path == "/" + path
        assert client.workspace_files.read(workspace_id, path).content == "grüezi"
        assert client.workspace_files.stat(workspace_id, path).name == "naïve café.md"

    @pytest.mark.parametrize("path", ["_/copy", "/_/stat", "_/download/x", "_"])
    def test_a_path_in_the_actions_namespace_is_refused_before_sending(
        self, server: LocalServer, client: Everruns, path: str
    ) -> None:
        workspace_id = new_workspace(client)
        sent = len(server.requests)
        with pytest.raises(errors.ValidationError, match="file actions"):
            client.workspace_files.create_file(workspace_id, path, "x")
        assert len(server.requests) == sent

    def test_a_directory_named_underscore_deeper_down_is_an_ordinary_path(
        self, server: LocalServer, client: Everruns
    ) -> None:
        workspace_id = new_workspace(client)
        client.workspace_files.create_file(workspace_id, "notes/_/copy", "x")
        assert server.requests[-1].path == f"/api/v1/workspaces/{workspace_id}/fs/notes/_/copy"
        assert client.workspace_files.read(workspace_id, "notes/_/copy").content == "x"

    def test_reading_a_directory_or_listing_a_file_says_which_it_is(self, client: Everruns) -> None:
        workspace_id = new_workspace(client)
        client.workspace_files.create_file(workspace_id, "docs/a.md", "a")
        with pytest.raises(errors.EverrunsError, match="is a directory"):
            client.workspace_files.read(workspace_id, "docs")
        with pytest.raises(errors.EverrunsError, match="is a file"):
            client.workspace_files.list_directory(workspace_id, "docs/a.md")

    def test_text_already_in_base64_is_sent_as_it_is(self, server: LocalServer, client: Everruns) -> None:
        workspace_id = new_workspace(client)
        client.workspace_files.create_file(workspace_id, "hi.bin", "aGk=", encoding="base64")
        assert server.requests[-1].json() == {"content": "aGk=", "encoding": "base64"}
        assert client.workspace_files.read_bytes(workspace_id, "hi.bin") == b"hi"

    def test_an_update_sends_only_what_changes(self, server: LocalServer, client: Everruns) -> None:
        workspace_id = new_workspace(client)
        client.workspace_files.create_file(workspace_id, "a.txt", "x")
        client.workspace_files.update(workspace_id, "a.txt", is_readonly=True)
        assert server.requests[-1].json() == {"is_readonly": True}


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "parent segment": lambda c: c.workspace_files.read(WORKSPACE_ID, "docs/../../agents"),
    "only a parent": lambda c: c.workspace_files.read(WORKSPACE_ID, ".."),
    "dot segment": lambda c: c.workspace_files.create_file(WORKSPACE_ID, "./notes.md"),
    "doubled slash": lambda c: c.workspace_files.delete(WORKSPACE_ID, "docs//notes.md"),
    "two leading slashes": lambda c: c.workspace_files.read(WORKSPACE_ID, "//etc/passwd"),
    "the root": lambda c: c.workspace_files.read(WORKSPACE_ID, "/"),
    "empty": lambda c: c.workspace_files.create_directory(WORKSPACE_ID, ""),
    "NUL": lambda c: c.workspace_files.read(WORKSPACE_ID, "a\x00b"),
    "climbing move target": lambda c: c.workspace_files.move(WORKSPACE_ID, "a", "../b"),
    "climbing copy source": lambda c: c.workspace_files.copy(WORKSPACE_ID, "a/../..", "b"),
    "climbing stat": lambda c: c.workspace_files.stat(WORKSPACE_ID, "a/.."),
    "bytes as text": lambda c: c.workspace_files.create_file(WORKSPACE_ID, "a", b"x", encoding="text"),
    "bad base64": lambda c: c.workspace_files.create_file(WORKSPACE_ID, "a", "not base64!", encoding="base64"),
    "unknown encoding": lambda c: c.workspace_files.update(WORKSPACE_ID, "a", "x", encoding="utf-16"),  # type: ignore[arg-type]
    "blank pattern": lambda c: c.workspace_files.grep(WORKSPACE_ID, " "),
    "malformed workspace id": lambda c: c.workspace_files.list("../sessions"),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)
