"""``client.memories`` and ``client.memories.files``: every method against recorded
exchanges, then on a real local server what is sent and what is refused before sending."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer
from everruns_api.models import CreateMemorySourceRequestGit, MemorySourceResponseGithub

from .conftest import Refused

MEMORY_ID = "mem_" + "cd" * 16
GITHUB = {"type": "github", "repository": "acme/design-docs", "branch": "main", "sync_interval_secs": 3600}


def new_memory(client: Everruns) -> str:
    return client.memories.create("runbooks").id


class TestRecorded:
    def test_create_a_manual_memory(self, recorded_client: Everruns) -> None:
        memory = recorded_client.memories.create("runbooks", description="How we operate")
        assert memory.id.startswith("mem_")
        assert (memory.name, memory.source_type, memory.is_readonly) == ("runbooks", "manual", False)

    def test_create_a_memory_synced_from_github(self, recorded_client: Everruns) -> None:
        memory = recorded_client.memories.create("design-docs", source=GITHUB)
        assert isinstance(memory.source, MemorySourceResponseGithub)
        assert (memory.source.repository, memory.source.sync_interval_secs) == ("acme/design-docs", 3600)
        assert (memory.is_readonly, memory.sync_status) == (True, "pending")

    def test_get_list_and_delete(self, recorded_client: Everruns) -> None:
        kept = new_memory(recorded_client)
        archived = recorded_client.memories.create("old-runbooks").id
        recorded_client.memories.delete(archived)
        assert recorded_client.memories.get(kept).name == "runbooks"
        assert [m.id for m in recorded_client.memories.list()] == [kept]
        assert [m.id for m in recorded_client.memories.list(search="old", include_archived=True)] == [archived]

    def test_update_changes_the_given_fields(self, recorded_client: Everruns) -> None:
        memory_id = new_memory(recorded_client)
        source = CreateMemorySourceRequestGit.from_dict({"type": "git", "url": "https://git.example/ops.git"})
        updated = recorded_client.memories.update(memory_id, description="Ops", source=source)
        assert (updated.name, updated.description, updated.source_type) == ("runbooks", "Ops", "git")

    def test_sync_marks_a_sourced_memory_synced(self, recorded_client: Everruns) -> None:
        memory_id = recorded_client.memories.create("design-docs", source=GITHUB).id
        synced = recorded_client.memories.sync(memory_id)
        assert synced.sync_status == "synced"
        assert synced.last_synced_at is not None


class TestRecordedFiles:
    def test_create_read_and_download_a_file(self, recorded_client: Everruns) -> None:
        memory_id = new_memory(recorded_client)
        made = recorded_client.memories.files.create_file(memory_id, "deploy/steps.txt", "1. build\n")
        assert (made.path, made.size_bytes, made.is_directory) == ("/deploy/steps.txt", 9, False)
        read = recorded_client.memories.files.read(memory_id, "deploy/steps.txt")
        assert (read.content, read.encoding) == ("1. build\n", "text")
        assert recorded_client.memories.files.download(memory_id, "/deploy/steps.txt") == b"1. build\n"

    def test_bytes_are_written_as_base64_and_download_raw(self, recorded_client: Everruns) -> None:
        memory_id = new_memory(recorded_client)
        recorded_client.memories.files.create_file(memory_id, "logo.bin", b"\x00\xff\x10")
        updated = recorded_client.memories.files.update(memory_id, "logo.bin", b"\xfe\xed")
        assert (updated.encoding, updated.size_bytes) == ("base64", 2)
        assert recorded_client.memories.files.download(memory_id, "logo.bin") == b"\xfe\xed"

    def test_directories_list_and_delete(self, recorded_client: Everruns) -> None:
        memory_id = new_memory(recorded_client)
        directory = recorded_client.memories.files.create_directory(memory_id, "deploy")
        assert (directory.path, directory.is_directory) == ("/deploy", True)
        recorded_client.memories.files.create_file(memory_id, "deploy/steps.txt", "x")
        assert [e.path for e in recorded_client.memories.files.list(memory_id)] == ["/deploy"]
        assert [e.path for e in recorded_client.memories.files.list_directory(memory_id, "deploy")] == [
            "/deploy/steps.txt"
        ]
        recorded_client.memories.files.delete(memory_id, "deploy/steps.txt")
        recorded_client.memories.files.delete(memory_id, "deploy")
        assert list(recorded_client.memories.files.list(memory_id)) == []

    def test_grep_and_stat(self, recorded_client: Everruns) -> None:
        memory_id = new_memory(recorded_client)
        recorded_client.memories.files.create_file(memory_id, "a.md", "deploy on fridays")
        recorded_client.memories.files.create_file(memory_id, "b.txt", "deploy never")
        matches = recorded_client.memories.files.grep(memory_id, "deploy", path_pattern="*.md")
        assert [(m.path, m.size_bytes) for m in matches] == [("/a.md", 17)]
        stat = recorded_client.memories.files.stat(memory_id, "b.txt")
        assert (stat.path, stat.size_bytes, stat.is_directory) == ("/b.txt", 12, False)


class TestOnTheServer:
    def test_a_sourced_memory_refuses_writes(self, client: Everruns) -> None:
        memory_id = client.memories.create("design-docs", source=GITHUB).id
        with pytest.raises(errors.PermissionDeniedError) as caught:
            client.memories.files.create_file(memory_id, "notes.md", "x")
        assert caught.value.code == "memory_read_only"

    def test_a_manual_memory_has_nothing_to_sync(self, client: Everruns) -> None:
        with pytest.raises(errors.BadRequestError) as caught:
            client.memories.sync(new_memory(client))
        assert caught.value.code == "memory_not_syncable"

    def test_paths_travel_as_literal_segments_each_encoded(self, server: LocalServer, client: Everruns) -> None:
        memory_id = new_memory(client)
        client.memories.files.create_file(memory_id, "on call/naïve.txt", "x")
        assert server.requests[-1].path == f"/api/v1/memories/{memory_id}/fs/on%20call/na%C3%AFve.txt"
        assert client.memories.files.download(memory_id, "on call/naïve.txt") == b"x"
        assert server.requests[-1].path == f"/api/v1/memories/{memory_id}/fs/_/download/on%20call/na%C3%AFve.txt"

    def test_reading_a_directory_or_listing_a_file_says_which_it_is(self, client: Everruns) -> None:
        memory_id = new_memory(client)
        client.memories.files.create_file(memory_id, "dir/a.txt", "a")
        with pytest.raises(errors.EverrunsError, match="is a directory"):
            client.memories.files.read(memory_id, "dir")
        with pytest.raises(errors.EverrunsError, match="is a file"):
            client.memories.files.list_directory(memory_id, "dir/a.txt")

    def test_a_source_is_sent_as_the_api_describes_it(self, server: LocalServer, client: Everruns) -> None:
        client.memories.create("design-docs", source=GITHUB)
        assert server.requests[-1].json() == {"name": "design-docs", "source": GITHUB}


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "blank name": lambda c: c.memories.create(""),
    "unknown source type": lambda c: c.memories.create("m", source={"type": "svn", "url": "x"}),
    "source without a type": lambda c: c.memories.create("m", source={"repository": "a/b"}),
    "source missing its repository": lambda c: c.memories.create("m", source={"type": "github"}),
    "sync interval over a week": lambda c: c.memories.update(
        MEMORY_ID, source={**GITHUB, "sync_interval_secs": 604_801}
    ),
    "source of the wrong kind": lambda c: c.memories.create("m", source="github"),  # type: ignore[arg-type]
    "malformed id": lambda c: c.memories.sync("mem_1"),
    "climbing file path": lambda c: c.memories.files.read(MEMORY_ID, "../../memories"),
    "climbing download": lambda c: c.memories.files.download(MEMORY_ID, "a/../../b"),
    "doubled slash": lambda c: c.memories.files.delete(MEMORY_ID, "a//b"),
    "climbing stat": lambda c: c.memories.files.stat(MEMORY_ID, ".."),
    "content neither text nor bytes": lambda c: c.memories.files.update(MEMORY_ID, "a", 42),  # type: ignore[arg-type]
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)
