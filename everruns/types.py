"""The classes the SDK hands back, under the names they go by.

Every facade method returns one of these, and each resource is one class whichever
method returned it: ``client.agents.create``, ``get``, ``update``, ``copy`` and the
items of ``list`` are all an :class:`Agent`, so ``def show(agent: Agent)`` takes any
of them::

    from everruns.types import Agent, Session

    def describe(agent: Agent, session: Session) -> str:
        return f"{agent.name} in {session.title or session.id}"

Most are the generated models of ``everruns_api.models``. They read an answer for what
it holds: a field is converted when first read; a required field the server left out
(a server older than this SDK) reads as ``None``, a value of another shape than
described is kept as sent, and each logs one warning on the ``everruns`` logger.
Optional fields the answer left out are :data:`UNSET`.

Importing this module loads nothing: each class is imported the first time its name is
used (type checkers see them all).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from everruns_api.models import (
        Agent,
        AgentAnalysis,
        AgentCredentialBinding,
        AgentTrigger,
        AgentTriggerRun,
        AgentVersion,
        AgentVersionDiff,
        BatchSetSecretsResponse,
        Budget,
        BudgetCheckResult,
        CancelTurnResponse,
        Capability,
        Connection,
        DatabaseSchema,
        FileInfo,
        GrepResult,
        GuardrailExample,
        GuardrailsDryRunResponse,
        Harness,
        HarnessExample,
        HealthCheckRun,
        Image,
        InputContentPartImageFile,
        KeyValueInfo,
        LedgerEntry,
        Memory,
        MemoryFileInfo,
        MemoryGrepResult,
        Message,
        Model,
        ResolvedModel,
        ResourceStats,
        ResumeSessionResponse,
        SecretInfo,
        Session,
        SessionDatabase,
        SessionFacets,
        SubmitToolResultsResponse,
        TriggeredSession,
        Workspace,
    )
    from everruns_api.types import UNSET, Unset

    from ._events import Event
    from ._pagination import AsyncPage, AsyncPager, Page
    from ._streaming import AsyncEventStream, EventStream
    from ._turns import AsyncTurnStream, TurnResult, TurnStream
    from .resources.images import ImageData

__all__ = [
    "UNSET",
    "Agent",
    "AgentAnalysis",
    "AgentCredentialBinding",
    "AgentTrigger",
    "AgentTriggerRun",
    "AgentVersion",
    "AgentVersionDiff",
    "AsyncEventStream",
    "AsyncPage",
    "AsyncPager",
    "AsyncTurnStream",
    "BatchSetSecretsResponse",
    "Budget",
    "BudgetCheckResult",
    "CancelTurnResponse",
    "Capability",
    "Connection",
    "DatabaseSchema",
    "Event",
    "EventStream",
    "FileInfo",
    "GrepResult",
    "GuardrailExample",
    "GuardrailsDryRunResponse",
    "Harness",
    "HarnessExample",
    "HealthCheckRun",
    "Image",
    "ImageData",
    "InputContentPartImageFile",
    "KeyValueInfo",
    "LedgerEntry",
    "Memory",
    "MemoryFileInfo",
    "MemoryGrepResult",
    "Message",
    "Model",
    "Page",
    "ResolvedModel",
    "ResourceStats",
    "ResumeSessionResponse",
    "SecretInfo",
    "Session",
    "SessionDatabase",
    "SessionFacets",
    "SubmitToolResultsResponse",
    "TriggeredSession",
    "TurnResult",
    "TurnStream",
    "Unset",
    "Workspace",
]

# Where each name lives: the generated models unless listed here.
_HOMES = {
    "AsyncEventStream": "everruns._streaming",
    "AsyncPage": "everruns._pagination",
    "AsyncPager": "everruns._pagination",
    "AsyncTurnStream": "everruns._turns",
    "Event": "everruns._events",
    "EventStream": "everruns._streaming",
    "ImageData": "everruns.resources.images",
    "Page": "everruns._pagination",
    "TurnResult": "everruns._turns",
    "TurnStream": "everruns._turns",
    "UNSET": "everruns_api.types",
    "Unset": "everruns_api.types",
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_HOMES.get(name, "everruns_api.models")), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
