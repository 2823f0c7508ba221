"""The older spellings of the facade's names work exactly as the names they stand for:
``client.workspace_files`` is ``client.workspaces.files``, ``client.session_databases``
and ``client.session_storage`` are ``client.sessions.databases`` and ``.storage``, and
``memories.files.download`` reads what ``read_bytes`` reads."""

from __future__ import annotations

from everruns import Everruns
from everruns.testing import LocalServer


def unwrapped(resource: object) -> object:
    """The resource itself, also where the asyncio client is driven from blocking tests."""
    return getattr(resource, "_target", resource)


def test_each_older_resource_name_is_the_same_resource(client: Everruns) -> None:
    assert unwrapped(client.workspace_files) is unwrapped(client.workspaces.files)
    assert unwrapped(client.session_databases) is unwrapped(client.sessions.databases)
    assert unwrapped(client.session_storage) is unwrapped(client.sessions.storage)


def test_calls_through_an_older_name_send_what_the_new_name_sends(server: LocalServer, client: Everruns) -> None:
    workspace_id = client.workspaces.create("older-names").id
    client.workspaces.files.create_file(workspace_id, "a.txt", "A")
    session_id = client.sessions.create(harness_name="generic").id
    calls = [
        (client.workspace_files.stat, client.workspaces.files.stat, (workspace_id, "a.txt")),
        (client.session_databases.list, client.sessions.databases.list, (session_id,)),
        (client.session_storage.list_secrets, client.sessions.storage.list_secrets, (session_id,)),
    ]
    for older, newer, arguments in calls:
        before = len(server.requests)
        older(*arguments)
        sent_by_older = server.requests[before]
        newer(*arguments)
        sent_by_newer = server.requests[before + 1]
        assert (sent_by_older.method, sent_by_older.path, sent_by_older.body) == (
            sent_by_newer.method,
            sent_by_newer.path,
            sent_by_newer.body,
        )


def test_download_reads_the_bytes_read_bytes_reads(client: Everruns) -> None:
    memory_id = client.memories.create("older-download").id
    client.memories.files.create_file(memory_id, "raw.bin", b"\x00\x01\xff")
    assert client.memories.files.download(memory_id, "raw.bin") == b"\x00\x01\xff"
    assert client.memories.files.read_bytes(memory_id, "raw.bin") == b"\x00\x01\xff"
