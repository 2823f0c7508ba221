"""Workspace files: write, list, search and read them back.

python examples/workspace_files.py
"""

import secrets

from everruns import Everruns
from everruns.testing import serve_unless_configured

serve_unless_configured()  # a local server when EVERRUNS_API_KEY is not set

with Everruns() as client:
    workspace = client.workspaces.create(f"example-{secrets.token_hex(3)}")
    client.workspaces.files.create_file(workspace.id, "notes/plan.md", "# Plan\n\nShip the relay.\n")
    client.workspaces.files.create_file(workspace.id, "data/sample.bin", b"\x00\x01\x02")
    print("files:", sorted(entry.path for entry in client.workspaces.files.list(workspace.id, recursive=True)))
    print("grep 'relay':", [match.path for match in client.workspaces.files.grep(workspace.id, "relay")])
    print("plan.md:", client.workspaces.files.read(workspace.id, "notes/plan.md").content.splitlines()[0])
    print("sample.bin:", client.workspaces.files.read_bytes(workspace.id, "data/sample.bin"))
    client.workspaces.delete(workspace.id)
