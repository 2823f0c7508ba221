"""What an app puts in front of a relay, whatever its framework: whose sessions a browser
may drive, whether a request comes from the app's own pages, and how many relays may be
open at once.

Everything here works on plain values (header values, the framework's signed session as
a mapping), so a Flask, Django or Starlette app uses the same few calls.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from typing import Any, Protocol

from everruns.errors import ValidationError

__all__ = ["BrowserSession", "RelayLimits", "RelaySlot", "is_same_origin"]


def is_same_origin(sec_fetch_site: str | None, origin: str | None, own_origin: str) -> bool:
    """Whether a request comes from a page of the app's own origin (``own_origin``, such
    as ``"https://chat.example.com"``; a trailing ``/`` is ignored).

    A browser that sends ``Sec-Fetch-Site`` is taken at its word: only ``same-origin``
    passes. Else its ``Origin``, when sent, must be the app's own. A request with
    neither says nothing about where it comes from (an older browser's plain ``GET``, a
    program) and passes: a ``SameSite=Strict`` session cookie is what keeps such a request
    from acting for a user, as the browser leaves it off any request from another site.
    """
    if sec_fetch_site is not None:
        return sec_fetch_site.strip().lower() == "same-origin"
    if origin is not None:
        return origin.strip().lower() == own_origin.strip().rstrip("/").lower()
    return True


class _Store(Protocol):
    """A framework's session: Flask's ``session``, Django's and Starlette's ``request.session``."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def __setitem__(self, key: str, value: Any) -> None: ...


class BrowserSession:
    """What an app keeps about one browser in that browser's own signed session: the
    Everruns sessions it created (so that it drives only those), a CSRF token, and a
    random key that counts its open relays in :class:`RelayLimits`.

    ``store`` is the framework's session (signed, so the browser cannot change it). The
    newest :attr:`REMEMBERED` sessions are kept, so the cookie stays small.
    """

    REMEMBERED = 20
    _SESSIONS = "everruns.sessions"
    _CSRF = "everruns.csrf"
    _KEY = "everruns.browser"

    def __init__(self, store: _Store) -> None:
        self._store = store

    def remember(self, session_id: str) -> None:
        """Note that this browser created ``session_id`` (and give it its :attr:`key`
        now, so that its requests for the session all carry the same one)."""
        self._value(self._KEY)
        sessions = [known for known in self._sessions() if known != session_id]
        sessions.append(session_id)
        self._store[self._SESSIONS] = sessions[-self.REMEMBERED :]  # a new list: Flask and Django see the change

    def owns(self, session_id: str) -> bool:
        """Whether this browser created ``session_id`` (and it is among the newest it did)."""
        return session_id in self._sessions()

    @property
    def key(self) -> str:
        """A random key for this browser, the same on each of its requests."""
        return self._value(self._KEY)

    def csrf_token(self) -> str:
        """The token this browser's pages send back with each request that changes
        something (made on first use); give it to the page in a cookie or the page itself."""
        return self._value(self._CSRF)

    def csrf_matches(self, sent: str | None) -> bool:
        """Whether ``sent`` (a request's ``X-CSRFToken`` header, say) is this browser's token."""
        expected = self._store.get(self._CSRF)
        if not isinstance(expected, str) or not isinstance(sent, str):
            return False
        return hmac.compare_digest(expected.encode(), sent.encode())

    def _sessions(self) -> list[str]:
        known = self._store.get(self._SESSIONS)
        return [value for value in known if isinstance(value, str)] if isinstance(known, list) else []

    def _value(self, name: str) -> str:
        value = self._store.get(name)
        if not isinstance(value, str) or not value:
            value = secrets.token_urlsafe(24)
            self._store[name] = value
        return value


class RelaySlot:
    """One open relay, counted by :class:`RelayLimits` until :meth:`release` (which a
    relay calls when it ends; calling it again does nothing)."""

    __slots__ = ("_browser", "_limits", "_released")

    def __init__(self, limits: RelayLimits, browser: str | None) -> None:
        self._limits = limits
        self._browser = browser
        self._released = False

    def release(self) -> None:
        """Stop counting this relay."""
        with self._limits._lock:
            if self._released:
                return
            self._released = True
            self._limits._give_back(self._browser)


class RelayLimits:
    """How many relays may be open at once: ``per_browser`` for each browser (by the key
    given to :meth:`take`, such as :attr:`BrowserSession.key`) and ``per_process`` in all.

    A relay holds a thread (WSGI) or a stream to Everruns for as long as its turn runs,
    so without a cap a handful of browsers can take every thread a server has. Keep
    ``per_process`` below a worker's threads, so that pages still load while it is
    reached. Safe to share between threads and relays of both clients.
    """

    def __init__(self, *, per_browser: int = 3, per_process: int = 100) -> None:
        for field, value in (("per_browser", per_browser), ("per_process", per_process)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValidationError(f"{field} must be a whole number above 0, got {value!r}", field=field)
        self.per_browser = per_browser
        self.per_process = per_process
        self._lock = threading.Lock()
        self._open = 0
        self._by_browser: dict[str, int] = {}

    @property
    def open(self) -> int:
        """How many relays are open in this process."""
        return self._open

    def open_for(self, browser: str) -> int:
        """How many relays ``browser`` has open."""
        return self._by_browser.get(browser, 0)

    def take(self, browser: str | None) -> RelaySlot | None:
        """A slot for one more relay of ``browser`` (``None``: count it in the process
        only), or ``None`` when either limit is reached."""
        with self._lock:
            if self._open >= self.per_process:
                return None
            if browser is not None:
                held = self._by_browser.get(browser, 0)
                if held >= self.per_browser:
                    return None
                self._by_browser[browser] = held + 1
            self._open += 1
        return RelaySlot(self, browser)

    def _give_back(self, browser: str | None) -> None:
        """(Under the lock.) One relay fewer."""
        self._open -= 1
        if browser is not None:
            left = self._by_browser[browser] - 1
            if left:
                self._by_browser[browser] = left
            else:
                del self._by_browser[browser]
