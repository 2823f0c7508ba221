"""What a session keeps besides its conversation: SQLite-style databases, a key-value
store and secrets. Secret values are kept only here: never answered, never logged."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from ._ids import now
from ._validation import JsonObject


@dataclass
class Secret:
    """A secret's name and times; its value never leaves the server (nor its repr)."""

    name: str
    value: str = field(repr=False)
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)

    def listed(self) -> JsonObject:
        """How lists show it: name and times only."""
        return {"name": self.name, "created_at": self.created_at, "updated_at": self.updated_at}


@dataclass
class SessionData:
    """One session's databases (by name), key-value entries (by key) and secrets (by name).
    Hold :attr:`lock` while reading or changing them."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    databases: dict[str, JsonObject] = field(default_factory=dict)
    keys: dict[str, JsonObject] = field(default_factory=dict)
    secrets: dict[str, Secret] = field(default_factory=dict)

    def put_key(self, key: str, value: str) -> None:
        """Set a key-value entry, as an agent's tools would."""
        with self.lock:
            stamp = now()
            created = self.keys.get(key, {}).get("created_at", stamp)
            self.keys[key] = {"key": key, "value": value, "created_at": created, "updated_at": stamp}

    def put_secret(self, name: str, value: str) -> None:
        """Set a secret, keeping its creation time when it existed."""
        with self.lock:
            existing = self.secrets.get(name)
            secret = Secret(name, value)
            if existing is not None:
                secret.created_at = existing.created_at
            self.secrets[name] = secret
